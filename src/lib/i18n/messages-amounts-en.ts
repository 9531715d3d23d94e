/** English messages of an amount with its unit and tax basis; same keys as `jaAmounts`. */
import type { jaAmounts } from './messages-amounts';

export const enAmounts: Record<keyof typeof jaAmounts, string> = {
  'amount.typed': '{amount} ({basis})',
  'amount.taxIncluded': 'tax included',
  'amount.taxExcluded': 'tax excluded'
};
