/** English messages of points as weights; same keys as `jaWeights`. */
import type { jaWeights } from './messages-weights';

export const enWeights: Record<keyof typeof jaWeights, string> = {
  'weights.title': 'Points and weights',
  'weights.intro':
    'Each requirement’s points as a share of the technical maximum (its weight), and the ratio of technical to price points. A mandatory item with 0 points is a pass/fail gate only and adds nothing to the technical points.',
  'weights.colWeight': 'Weight (% of technical points)',
  'weights.percent': '{percent}%',
  'weights.gateOnly': 'Pass/fail only (0 points)',
  'weights.convertedStale':
    'Points were changed after the conversion, so the stated conversion no longer matches them. Convert from weights again, or remove the statement.',
  'weights.clear': 'Remove the conversion statement',
  'weights.cleared': 'The conversion statement was removed. The points stay as they are.',
  'weights.enterTitle': 'Enter points as weights (%)',
  'weights.enterHelp':
    'Enter each requirement’s weight in % (100% in all) and the technical maximum: the points are shared in proportion to the weights, as whole numbers. A mandatory item at 0% becomes a pass/fail gate. The criteria state the rule and the result, and the audit log records them.',
  'weights.total': 'Technical maximum (whole points)',
  'weights.percentLabel': 'Weight of {ref} (%)',
  'weights.sum': 'Sum entered: {sum}%',
  'weights.apply': 'Convert weights to points',
  'weights.applied': 'Points converted from weights (technical maximum {total} points).',
  'weights.error.weightPercent': '{ref}: enter a weight from 0 to 100, with at most 2 decimals.',
  'weights.error.weightSum': 'The weights add up to {sum}%. Make them add up to 100%.',
  'weights.error.weightTotal': 'Enter the technical maximum as a whole number from 1 to 100,000.',
  'weights.error.weightScoredZero': '{ref}: this scored item would get 0 points. Give it a larger weight.',
  'weights.lockWeights': 'Weights (% of technical points)',
  'scoring.error.weightConversion':
    'The stated conversion from weights is incomplete: the weights do not add up to 100%, or the points do not add up to the maximum.',
  'workbook.weightColumn': 'Weight (%)',
  'workbook.gateOnly': 'Pass/fail only',
  'workbook.domainWeights': 'Points and weight of each domain',
  'workbook.weightsRatio': 'Technical : price',
  'help.weights.title': 'Points and weights',
  'help.weights.share':
    'A weight is a requirement’s points (the base points of a mandatory item, the maximum bonus of a scored one) divided by the technical maximum. Technical : price is the technical maximum against the price allocation, shown also as each one’s share of the maximum total. Shares are shown rounded half up to 1 decimal.',
  'help.weights.gate':
    'A mandatory item may carry 0 base points. It is then a pass/fail gate only (failing it disqualifies the vendor) and adds nothing to the technical points or their maximum.',
  'help.weights.documents':
    'The decision memo and the scoring workbook state the technical maximum, technical : price, and each domain’s points and weight (with the weight of each of its requirements). A domain’s weight is the sum of its requirements’ weights. When the points were converted from weights, they state the conversion and its result too.',
  'help.weights.convert':
    'From weights (%) to points: each requirement’s share = weight × technical maximum ÷ 100, computed exactly, is first rounded down. The points still missing from the maximum go one each to the requirements with the largest remainders (largest remainder rule); equal remainders go to the earlier requirement in the specification. The points always add up to the maximum. Example: maximum 100, weights 33.33% / 33.33% / 33.34% → 33.33 / 33.33 / 33.34 → 33 / 33 / 34 points.'
};
