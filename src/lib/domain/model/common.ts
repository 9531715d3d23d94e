/** Ids, dates and instants as every record holds them. */
export type Id = string;
/** Calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** Instant, `new Date().toISOString()`. */
export type IsoDateTime = string;
