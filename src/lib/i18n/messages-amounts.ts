/**
 * Japanese messages of an amount with its unit and tax basis: part of the `evaluate` area
 * (`jaEvaluate`) and of the decision memo's (`jaMemo`), which prints them too, so the memo opened
 * cold loads these and not the whole area.
 */
export const jaAmounts = {
  'amount.typed': '{amount}（{basis}）',
  'amount.taxIncluded': '税込',
  'amount.taxExcluded': '税抜'
} as const;
