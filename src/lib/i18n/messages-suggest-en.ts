/** English messages of the suggestions from evidence; same keys as `jaSuggest`. */
import type { jaSuggest } from './messages-suggest';

export const enSuggest: Record<keyof typeof jaSuggest, string> = {};
