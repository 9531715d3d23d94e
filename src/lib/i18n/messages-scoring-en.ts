/** English messages of the scoring settings form; same keys as `jaScoring`. */
import { enScoringTerms } from './messages-scoring-terms-en';
import type { jaScoring } from './messages-scoring';

export const enScoring: Record<keyof typeof jaScoring, string> = {
  ...enScoringTerms,
  'help.title': 'How scoring works',
  'criteria.settingsTitle': 'Scoring settings',
  'scoring.lockedNote': 'The criteria are locked, so the scoring method cannot be changed.',
  'scoring.rubric': 'Grade levels',
  'scoring.rubric.help':
    'A factor is the share of the item’s points (0 to 1). List the levels from best to worst.',
  'scoring.rubric.code': 'Code',
  'scoring.rubric.labelJa': 'Japanese label',
  'scoring.rubric.labelEn': 'English label',
  'scoring.rubric.factor': 'Factor',
  'scoring.rubric.actions': 'Actions',
  'scoring.rubric.cellLabel': '{field} of level {number}',
  'scoring.rubric.add': 'Add a level',
  'scoring.rubric.remove': 'Remove level {number}',
  'scoring.priceMethod': 'Price evaluation method',
  'scoring.priceFormula': 'Price points formula',
  'scoring.priceAllocation': 'Price allocation (points)',
  'scoring.ceilingPrice': 'Ceiling price (yen)',
  'scoring.yenHelp': 'Whole yen, or up to three decimals in thousand yen; thousands separators are optional.',
  'scoring.divisionScale': 'Division method scale S',
  'scoring.referenceValueGate':
    'Apply the reference evaluation value gate (an evaluation value below it is disqualified)',
  'scoring.lowBidThreshold': 'Low-bid investigation threshold (yen, optional)',
  'scoring.priceBasis': 'Price basis',
  'scoring.priceTaxIncluded': 'Evaluate prices including consumption tax',
  'scoring.consumptionTaxRate': 'Consumption-tax rate (%, local tax included)',
  'scoring.taxHelp':
    'An amount typed on the other tax basis is converted at this rate: excluded → included = typed × (100 + rate) ÷ 100, included → excluded = typed × 100 ÷ (100 + rate), fractions of a yen dropped in both.',
  'scoring.amountUnit': 'Unit of entry',
  'scoring.amountBasis': 'Tax basis of the amount typed',
  'scoring.amountEvaluated': 'Amount evaluated: {amount} ({basis})',
  'scoring.priceYears': 'Years the price covers',
  'scoring.passRule': 'Mandatory items',
  'scoring.minimumBonus': 'Minimum bonus points (optional)',
  'scoring.minimumTechnical': 'Minimum technical points (optional)',
  'scoring.minimumTechnical.help':
    'A vendor whose published (rounded) technical points are below this is excluded; exactly this many points passes.',
  'scoring.rounding': 'Rounding',
  'scoring.decimals': 'Decimal places',
  'scoring.stability': 'Stability analysis',
  'scoring.stabilityHelp':
    'Checks whether first place changes when the points of scored items vary within ± the variation.',
  'scoring.stabilityVariation': 'Variation (%)',
  'scoring.stabilityDraws': 'Random draws',
  'scoring.stabilitySeed': 'Random seed',
  'scoring.tieBreak': 'Ties',
  'scoring.save': 'Save the scoring method',
  'scoring.error.rubricSize': 'The rubric needs at least two levels.',
  'scoring.error.rubricCode': 'Give every grade level a code, and no two the same.',
  'scoring.error.rubricFactor': 'Grade level factors must be numbers from 0 to 1.',
  'scoring.error.priceAllocation': 'The price allocation must be a number greater than 0.',
  'scoring.error.ceilingPrice':
    'Enter the ceiling price as an amount of at least 1 yen (whole yen, or up to three decimals in thousand yen).',
  'scoring.error.consumptionTaxRate':
    'The consumption-tax rate must be a number from 0 to 30 (%, up to two decimals).',
  'scoring.error.divisionScale': 'The division method scale must be a number greater than 0.',
  'scoring.error.lowBidThreshold':
    'Leave the low-bid investigation threshold blank, or enter an amount of at least 1 yen below the ceiling price (as evaluated).',
  'scoring.error.minimumBonus': 'Leave the minimum bonus points blank, or enter a number of 0 or more.',
  'scoring.error.minimumTechnical':
    'Leave the minimum technical points blank, or enter a number of 0 or more.',
  'scoring.error.decimals': 'Decimal places must be whole numbers from 0 to 6.',
  'scoring.error.priceYears': 'The years the price covers must be a whole number, at least 1.',
  'scoring.error.stabilityVariation': 'The variation must be a percentage above 0 and below 100.',
  'scoring.error.stabilityDraws': 'Random draws must be a whole number from 100 to 100,000.',
  'scoring.error.stabilitySeed': 'The random seed must be a whole number.',
  'scoring.statedRatio': 'Technical : price ratio stated by the procurement',
  'scoring.statedRatio.help':
    'Enter the ratio the tender documents state; the lock compares the points with it. Leave both blank when none is stated. E.g. 1:1, 2:1, 3:1 (price : technical = 1:3 is 3:1).',
  'scoring.statedRatio.technical': 'Ratio (technical)',
  'scoring.statedRatio.price': 'Ratio (price)',
  'scoring.error.statedRatio':
    'Enter both parts of the ratio as numbers above 0 and at most 1,000,000, or leave both blank.',
  'scoring.slopeThresholdHelp':
    'The amount the award rules state. Enter it here even when it equals the low-bid investigation threshold (which bids are investigated is set in that field).',
  'scoring.ceilingOptional':
    'This method does not use the ceiling price in any formula, so it is optional. If entered, a bid above it is over the ceiling.',
  'scoring.rounding.common': 'Common rounding',
  'scoring.rounding.perFigure': 'Rounding per figure',
  'scoring.rounding.perFigureHelp':
    'When the evaluation procedure rounds figures differently, choose each figure’s rounding. “Common” follows the common rounding above.',
  'scoring.rounding.inherit': 'Common ({mode})',
  'scoring.rounding.modeOf': 'Rounding of {figure}',
  'scoring.rounding.decimalsOf': 'Decimal places of {figure}',
  'scoring.error.floorPrice':
    'The floor price must be a whole number of yen, at least 1 and below the ceiling price.',
  'scoring.error.floorPriceMissing': 'The floor-price formula needs a floor price.',
  'scoring.error.slopeThreshold':
    'The threshold must be a whole number of yen, at least 1 and below the ceiling price.',
  'scoring.error.slopeThresholdMissing': 'The reduced-slope formula needs a threshold.',
  'scoring.error.slopeFactor': 'The slope factor must be a number from 0 to 1.'
};
