/** English messages of the results stage (ranking, explanations, charts, stability, decision memo); same keys as `jaResults`. */
import type { jaResults } from './messages-results';

export const enResults: Record<keyof typeof jaResults, string> = {};
