/**
 * "Explain this number": any figure of a scoring result, as its formula filled in with the actual
 * inputs (exact decimal strings), the rounding applied and the figures it is made of, down to each
 * evaluator's grade and rationale. Pure and read-only: it reads the engine's result and the input it
 * scored, and never recomputes a published figure in another way (the terms restate the engine's).
 * Numbers are display strings with `,` grouping and `.` decimals; `…` marks an exact value cut off.
 * Here: the price method's figures (`price.ts`); the technical ones are in `explain-technical.ts`.
 */
import {
  explainBase,
  explainBonus,
  explainMandatoryItem,
  explainScoredItem,
  explainTechnical
} from './explain-technical';
import {
  op,
  published,
  publishedText,
  sym,
  yen,
  type ExplainTarget,
  type Explanation,
  type FigureChild
} from './explain-terms';
import { exactText } from './formula-preview';
import { priceMethodPublishes } from './price';
import { add, toRational } from './rounding';
import { type ScoringInput, type ScoringResult, type VendorResult } from './scoring';

export {
  EXPLAIN_KINDS,
  factorText,
  publishedText,
  type ConsensusChild,
  type ExplainKind,
  type ExplainTarget,
  type Explanation,
  type FigureChild,
  type FormulaId,
  type GradeChild,
  type PassRuleOutcome,
  type RoundingStep,
  type Term,
  type TermSymbol
} from './explain-terms';

/**
 * The explanation of one figure, or null when the result has no such figure (no bid yet, an item
 * without grades, an unknown vendor or requirement).
 */
export function explainFigure(
  input: ScoringInput,
  result: ScoringResult,
  target: ExplainTarget
): Explanation | null {
  const { settings } = input;
  if (target.kind === 'referenceValue') {
    const fig = result.referenceValue;
    if (!fig || settings.ceilingPrice === null) return null;
    const base = input.requirements
      .filter((r) => r.kind === 'mandatory')
      .reduce((acc, r) => add(acc, r.basePoints), toRational(0));
    const terms = [
      sym('basePoints', exactText(base)),
      op('÷'),
      sym('C', yen(settings.ceilingPrice), { unit: 'yen' }),
      op('×'),
      sym('S', exactText(toRational(settings.divisionScale)))
    ];
    return published(target, 'referenceValue', terms, fig, settings);
  }
  const v = result.vendors.find((r) => r.vendorId === target.vendorId);
  if (!v) return null;
  switch (target.kind) {
    case 'basePoints':
      return explainBase(input, v, target);
    case 'bonusPoints':
      return explainBonus(input, v, target);
    case 'technicalPoints':
      return explainTechnical(input, v, target);
    case 'pricePoints':
      return explainPrice(input, result, v, target);
    case 'totalPoints': {
      if (!v.totalPoints || !v.technicalPoints) return null;
      const technical = publishedText(v.technicalPoints, settings, 'technical');
      const techChild: FigureChild = {
        target: { ...target, kind: 'technicalPoints' },
        ref: '',
        title: '',
        value: technical,
        counted: true
      };
      if (!priceMethodPublishes(settings).pricePoints || !v.pricePoints) {
        const e = published(
          target,
          'totalPointsNoPrice',
          [sym('technicalPoints', technical)],
          v.totalPoints,
          settings
        );
        e.figures = [techChild];
        return e;
      }
      const price = publishedText(v.pricePoints, settings, 'price');
      const terms = [sym('technicalPoints', technical), op('+'), sym('pricePoints', price)];
      const e = published(target, 'totalPoints', terms, v.totalPoints, settings);
      e.figures = [
        techChild,
        { target: { ...target, kind: 'pricePoints' }, ref: '', title: '', value: price, counted: true }
      ];
      return e;
    }
    case 'evaluationValue': {
      if (!v.evaluationValue || !v.technicalPoints || v.bid === null) return null;
      const technical = publishedText(v.technicalPoints, settings, 'technical');
      const terms = [
        sym('technicalPoints', technical),
        op('÷'),
        sym('bid', yen(v.bid), { unit: 'yen' }),
        op('×'),
        sym('S', exactText(toRational(settings.divisionScale)))
      ];
      const e = published(target, 'evaluationValue', terms, v.evaluationValue, settings);
      e.figures = [
        {
          target: { ...target, kind: 'technicalPoints' },
          ref: '',
          title: '',
          value: technical,
          counted: true
        }
      ];
      return e;
    }
    case 'scoredItem':
      return explainScoredItem(input, v, target);
    case 'mandatoryItem':
      return explainMandatoryItem(input, v, target);
  }
}

function explainPrice(
  input: ScoringInput,
  result: ScoringResult,
  v: VendorResult,
  target: ExplainTarget
): Explanation | null {
  const { settings } = input;
  if (!v.pricePoints || v.bid === null) return null;
  const P = sym('P', exactText(toRational(settings.priceAllocation)));
  const bid = sym('bid', yen(v.bid), { unit: 'yen' });
  const C = settings.ceilingPrice === null ? null : sym('C', yen(settings.ceilingPrice), { unit: 'yen' });
  switch (settings.priceFormula) {
    case 'standard': {
      if (!C) return null;
      const terms = [P, op('×'), op('('), { number: '1' }, op('−'), bid, op('÷'), C, op(')')];
      return published(target, 'pricePointsStandard', terms, v.pricePoints, settings);
    }
    case 'withFloor': {
      if (!C || settings.floorPrice === null) return null;
      const F = sym('F', yen(settings.floorPrice), { unit: 'yen' });
      // At or below the 基礎価格 the full allocation; above it the line from P at F to 0 at C.
      if (v.bid <= settings.floorPrice)
        return published(target, 'pricePointsAtFloor', [P], v.pricePoints, settings);
      const terms = [
        P,
        op('×'),
        op('('),
        { number: '1' },
        op('−'),
        op('('),
        bid,
        op('−'),
        F,
        op(')'),
        op('÷'),
        op('('),
        C,
        op('−'),
        F,
        op(')'),
        op(')')
      ];
      return published(target, 'pricePointsWithFloor', terms, v.pricePoints, settings);
    }
    case 'reducedSlope': {
      if (!C || settings.slopeThreshold === null) return null;
      // Above the 基準額 the standard form; at or below it the reduced slope.
      if (v.bid > settings.slopeThreshold) {
        const terms = [P, op('×'), op('('), { number: '1' }, op('−'), bid, op('÷'), C, op(')')];
        return published(target, 'pricePointsStandard', terms, v.pricePoints, settings);
      }
      const T = sym('T', yen(settings.slopeThreshold), { unit: 'yen' });
      const r = sym('r', exactText(toRational(settings.slopeFactor)));
      const terms = [
        P,
        op('×'),
        op('('),
        op('('),
        { number: '1' },
        op('−'),
        T,
        op('÷'),
        C,
        op(')'),
        op('+'),
        r,
        op('×'),
        op('('),
        T,
        op('−'),
        bid,
        op(')'),
        op('÷'),
        C,
        op(')')
      ];
      return published(target, 'pricePointsReducedSlope', terms, v.pricePoints, settings);
    }
    case 'lowestRatio': {
      if (result.lowestBid === null) return null;
      const lowest = sym('lowestBid', yen(result.lowestBid), { unit: 'yen' });
      const terms = [P, op('×'), lowest, op('÷'), bid];
      return published(target, 'pricePointsLowestRatio', terms, v.pricePoints, settings);
    }
  }
}
