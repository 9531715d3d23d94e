/** English messages of the scoring rules’ names (price method and formula, pass rule, rounding, the figures); same keys as `jaScoringTerms`. */
import type { jaScoringTerms } from './messages-scoring-terms';

export const enScoringTerms: Record<keyof typeof jaScoringTerms, string> = {
  'scoring.priceMethod.none': 'None (price is not scored)',
  'scoring.priceMethod.additive': 'Addition method (total points = technical points + price points)',
  'scoring.priceMethod.division': 'Division method (evaluation value = technical points ÷ bid × scale)',
  'scoring.priceFormula.standard': 'Standard: price allocation × (1 − bid ÷ ceiling price)',
  'scoring.priceFormula.lowestRatio': 'Lowest-bid ratio: price allocation × lowest bid ÷ bid',
  'scoring.priceFormula.withFloor':
    'Floor price: price allocation × [1 − (bid − floor price) ÷ (ceiling price − floor price)] (full points at or below the floor price)',
  'scoring.priceFormula.reducedSlope':
    'Reduced slope below a threshold: above the threshold the standard formula; at or below it price allocation × [(1 − threshold ÷ ceiling price) + factor r × (threshold − bid) ÷ ceiling price]',
  'scoring.passRule.majority': 'Majority (met when more than half of the evaluators judge it met)',
  'scoring.passRule.unanimous': 'Unanimous (met when every evaluator judges it met)',
  'scoring.rounding.floor': 'Round down',
  'scoring.rounding.halfUp': 'Round half up',
  'scoring.rounding.none': 'None',
  'scoring.figure.itemMean': 'Scored item score (mean)',
  'scoring.figure.technical': 'Technical points',
  'scoring.figure.price': 'Price points',
  'scoring.figure.total': 'Total points',
  'scoring.figure.evaluationValue': 'Evaluation value',
  'scoring.figure.referenceValue': 'Reference evaluation value',
  'scoring.floorPrice': 'Floor price F (yen)',
  'scoring.slopeThreshold': 'Threshold T (yen, e.g. the low-bid investigation threshold)',
  'scoring.slopeFactor': 'Slope factor r at or below the threshold (0 to 1)',
  'scoring.tieBreak.rule':
    'The higher technical points rank first; a remaining tie is decided by lot or similar, and the decision is recorded.'
};
