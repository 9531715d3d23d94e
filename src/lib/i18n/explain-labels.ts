/**
 * Static maps from the explanation's codes (figures, formulas, formula terms) to message keys, for
 * the results page's ranking and its 計算の説明. Apart from `results-labels.ts`, whose maps the
 * decision memo prints, so the memo does not carry these.
 */
import type { ExplainKind, FormulaId, TermSymbol } from '$lib/domain/explain';
import type { MessageKey } from './messages';

export const figureKey: Record<ExplainKind, MessageKey> = {
  basePoints: 'explain.figure.basePoints',
  bonusPoints: 'explain.figure.bonusPoints',
  technicalPoints: 'explain.figure.technicalPoints',
  pricePoints: 'explain.figure.pricePoints',
  totalPoints: 'explain.figure.totalPoints',
  evaluationValue: 'explain.figure.evaluationValue',
  referenceValue: 'explain.figure.referenceValue',
  scoredItem: 'explain.figure.scoredItem',
  mandatoryItem: 'explain.figure.mandatoryItem'
};

/** The rule in words; the criteria page's sentences where they say the same. */
export const formulaKey: Record<FormulaId, MessageKey> = {
  basePoints: 'explain.formula.basePoints',
  bonusPoints: 'explain.formula.bonusPoints',
  technicalPoints: 'scoring.formula.technical',
  pricePointsStandard: 'scoring.formula.pricePointsStandard',
  pricePointsLowestRatio: 'scoring.formula.pricePointsLowestRatio',
  pricePointsWithFloor: 'scoring.formula.pricePointsWithFloor',
  pricePointsAtFloor: 'scoring.formula.pricePointsAtFloor',
  pricePointsReducedSlope: 'scoring.formula.pricePointsReducedSlope',
  totalPoints: 'scoring.formula.total',
  totalPointsNoPrice: 'explain.formula.totalNoPrice',
  evaluationValue: 'scoring.formula.evaluationValue',
  referenceValue: 'scoring.formula.referenceValue',
  scoredItemMean: 'scoring.formula.itemScore',
  scoredItemConsensus: 'explain.formula.itemConsensus',
  scoredItemLevelPointsMean: 'explain.formula.itemLevelPoints',
  scoredItemLevelPointsConsensus: 'explain.formula.itemLevelPointsConsensus',
  mandatoryItem: 'explain.formula.mandatoryItem'
};

export const symbolKey: Record<TermSymbol, MessageKey> = {
  P: 'explain.symbol.P',
  C: 'explain.symbol.C',
  bid: 'explain.symbol.bid',
  lowestBid: 'explain.symbol.lowestBid',
  S: 'explain.symbol.S',
  F: 'explain.symbol.F',
  T: 'explain.symbol.T',
  r: 'explain.symbol.r',
  basePoints: 'explain.symbol.basePoints',
  bonusPoints: 'explain.symbol.bonusPoints',
  technicalPoints: 'explain.symbol.technicalPoints',
  pricePoints: 'explain.symbol.pricePoints',
  mandatoryPoints: 'explain.symbol.mandatoryPoints',
  itemScore: 'explain.symbol.itemScore',
  points: 'explain.symbol.points',
  factor: 'explain.symbol.factor',
  levelPoints: 'explain.symbol.levelPoints'
};
