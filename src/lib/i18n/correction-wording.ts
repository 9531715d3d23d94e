/**
 * What the decision memo needs to put a post-close correction in words: the audit page's summary
 * of a change and its action names. Loaded only by a memo that has corrections (most have none),
 * so the memo does not otherwise carry the audit page's rules.
 */
import type { changeSummary } from './audit-summary';
import type { actionKey } from './audit-labels';

export { changeSummary } from './audit-summary';
export { actionKey } from './audit-labels';

export interface CorrectionWording {
  changeSummary: typeof changeSummary;
  actionKey: typeof actionKey;
}
