/**
 * The vocabulary of an explanation (`explain.ts`): the figures that can be explained, the terms of
 * a filled-in formula, the rules they state, and the helpers that build them. A published figure is
 * printed as the tables print it (`publishedText`); exact values as decimal strings (`exactText`).
 */
import { exactText } from './formula-preview';
import type { Id, RoundingMode, ScoringSettings, Verdict } from './model';
import { decimalDigits, toRational, type Rational } from './rounding';
import { figureRounding, type RoundedFigure } from './settings';
import type { Figure } from './scoring';

export const EXPLAIN_KINDS = [
  'basePoints',
  'bonusPoints',
  'technicalPoints',
  'pricePoints',
  'totalPoints',
  'evaluationValue',
  'referenceValue',
  'scoredItem',
  'mandatoryItem'
] as const;
export type ExplainKind = (typeof EXPLAIN_KINDS)[number];

/** A figure to explain; `vendorId` is ignored for the 基準評価値, `requirementId` names the item. */
export interface ExplainTarget {
  kind: ExplainKind;
  vendorId: Id;
  requirementId?: Id;
}

/** The quantities a formula names (the UI gives each its word and symbol). */
export type TermSymbol =
  | 'P'
  | 'C'
  | 'bid'
  | 'lowestBid'
  | 'S'
  | 'F'
  | 'T'
  | 'r'
  | 'basePoints'
  | 'bonusPoints'
  | 'technicalPoints'
  | 'pricePoints'
  | 'mandatoryPoints'
  | 'itemScore'
  | 'points'
  | 'factor'
  | 'levelPoints';

export type Term =
  | { op: '+' | '−' | '×' | '÷' | '(' | ')' }
  | { number: string }
  /** `label`: the item's ref or the level code (A) the value belongs to. */
  | { symbol: TermSymbol; value: string; unit?: 'yen'; label?: string };

/** Which rule the formula states (the UI gives each its sentence). */
export type FormulaId =
  | 'basePoints'
  | 'bonusPoints'
  | 'technicalPoints'
  | 'pricePointsStandard'
  | 'pricePointsLowestRatio'
  | 'pricePointsWithFloor'
  | 'pricePointsAtFloor'
  | 'pricePointsReducedSlope'
  | 'totalPoints'
  | 'totalPointsNoPrice'
  | 'evaluationValue'
  | 'referenceValue'
  | 'scoredItemMean'
  | 'scoredItemConsensus'
  | 'scoredItemLevelPointsMean'
  | 'scoredItemLevelPointsConsensus'
  | 'mandatoryItem';

export interface RoundingStep {
  mode: RoundingMode;
  decimals: number;
  exact: string;
  rounded: string;
}

/** A figure this one is made of, which can be explained in turn. */
export interface FigureChild {
  target: ExplainTarget;
  /** The item's ref and title for an item; empty for a whole figure. */
  ref: string;
  title: string;
  value: string;
  /** A mandatory item that does not pass adds nothing to 基礎点. */
  counted: boolean;
}

/** One evaluator's grade of the item, as recorded. */
export interface GradeChild {
  evaluatorId: Id;
  evaluatorName: string;
  level: string | null;
  factor: string | null;
  /** The level's points as written, on an item that states points per level. */
  points?: string;
  verdict: Verdict | null;
  rationale: string;
}

export interface ConsensusChild {
  level: string | null;
  factor: string | null;
  /** The level's points as written, on an item that states points per level. */
  points?: string;
  verdict: Verdict | null;
  reason: string;
  recordedBy: string;
  recordedAt: string;
}

/** How a mandatory item was decided under the pass rule. */
export interface PassRuleOutcome {
  rule: ScoringSettings['passRule'];
  evaluators: number;
  passes: number;
  fails: number;
  missing: number;
  /** Passes needed under the rule. */
  required: number;
  byRule: boolean;
  consensus: Verdict | null;
  passed: boolean;
}

export interface Explanation {
  target: ExplainTarget;
  formula: FormulaId;
  /** The right-hand side, filled in: symbols with their values, operators, literal numbers. */
  terms: Term[];
  /** The exact value of the terms. */
  exact: string;
  /** Present for a published figure. */
  rounding: RoundingStep | null;
  /** The figure as shown (the rounded text for a published figure, else the exact one). */
  result: string;
  /** The distinct inputs of the formula, in the order they appear. */
  inputs: Extract<Term, { symbol: TermSymbol }>[];
  figures: FigureChild[];
  grades: GradeChild[];
  consensus: ConsensusChild | null;
  /** The mean of the evaluators' factors (of their level points, on such an item) when a consensus replaces it. */
  replacedMean: string | null;
  /** The item's points per level as written (段階別配点), in rubric order; absent for other items. */
  levelPoints?: { code: string; points: string }[];
  passRule: PassRuleOutcome | null;
  /** The item's ref and title (items only). */
  ref: string;
  title: string;
}

const ROUNDED: Partial<Record<ExplainKind, RoundedFigure>> = {
  basePoints: 'technical',
  bonusPoints: 'technical',
  technicalPoints: 'technical',
  pricePoints: 'price',
  totalPoints: 'total',
  evaluationValue: 'evaluationValue',
  referenceValue: 'referenceValue'
};

function group(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A published figure as the tables print it: its rounded value at the setting's decimals (`66.66`). */
export function publishedText(fig: Figure, settings: ScoringSettings, which: RoundedFigure): string {
  const { mode, decimals } = figureRounding(settings.rounding, which);
  if (mode === 'none') return exactText(fig.exact);
  return group(decimalDigits(fig.rounded, decimals).text);
}

/** A rubric factor with at least two decimals: 1.00, 0.75, 0.125. */
export function factorText(factor: number): string {
  const r = toRational(factor);
  const text = exactText(r, 6);
  return (text.split('.')[1]?.length ?? 0) >= 2 ? text : decimalDigits(r, 2).text;
}

export const yen = (amount: number): string => exactText(toRational(amount), 0);
export const op = (o: Extract<Term, { op: string }>['op']): Term => ({ op: o });
export const sym = (
  symbol: TermSymbol,
  value: string,
  extra: { unit?: 'yen'; label?: string } = {}
): Term => ({
  symbol,
  value,
  ...extra
});

/** `a + b + …` of the values, or `0` when there are none. */
export function sumTerms(values: Term[]): Term[] {
  if (values.length === 0) return [{ number: '0' }];
  return values.flatMap((t, i) => (i ? [op('+'), t] : [t]));
}

export function inputsOf(terms: Term[]): Explanation['inputs'] {
  const seen = new Set<string>();
  const out: Explanation['inputs'] = [];
  for (const t of terms) {
    if (!('symbol' in t)) continue;
    const key = `${t.symbol}|${t.label ?? ''}|${t.value}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(t);
    }
  }
  return out;
}

export function blank(
  target: ExplainTarget,
  formula: FormulaId,
  terms: Term[],
  exact: Rational
): Explanation {
  const text = exactText(exact);
  return {
    target,
    formula,
    terms,
    exact: text,
    rounding: null,
    result: text,
    inputs: inputsOf(terms),
    figures: [],
    grades: [],
    consensus: null,
    replacedMean: null,
    passRule: null,
    ref: '',
    title: ''
  };
}

/** The whole-figure explanation: terms, then the rounding of the published figure. */
export function published(
  target: ExplainTarget,
  formula: FormulaId,
  terms: Term[],
  fig: Figure,
  settings: ScoringSettings
): Explanation {
  const which = ROUNDED[target.kind]!;
  const e = blank(target, formula, terms, fig.exact);
  const result = publishedText(fig, settings, which);
  e.rounding = {
    ...figureRounding(settings.rounding, which),
    exact: e.exact,
    rounded: result
  };
  e.result = result;
  return e;
}
