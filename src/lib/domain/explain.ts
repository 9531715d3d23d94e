/**
 * "Explain this number": any figure of a scoring result, as its formula filled in with the actual
 * inputs (exact decimal strings), the rounding applied and the figures it is made of, down to each
 * evaluator's grade and rationale. Pure and read-only: it reads the engine's result and the input it
 * scored, and never recomputes a published figure in another way (the terms restate the engine's).
 * Numbers are display strings with `,` grouping and `.` decimals; `…` marks an exact value cut off.
 */
import { exactText } from './formula-preview';
import type { Id, RoundingMode, ScoringSettings, Verdict } from './model';
import {
  FIGURE_DECIMALS,
  add,
  decimalDigits,
  toRational,
  type Rational,
  type RoundedFigure
} from './rounding';
import type { Figure, ScoringInput, ScoringResult, VendorResult } from './scoring';

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
  | 'basePoints'
  | 'bonusPoints'
  | 'technicalPoints'
  | 'pricePoints'
  | 'mandatoryPoints'
  | 'itemScore'
  | 'points'
  | 'factor';

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
  | 'totalPoints'
  | 'totalPointsNoPrice'
  | 'evaluationValue'
  | 'referenceValue'
  | 'scoredItemMean'
  | 'scoredItemConsensus'
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
  verdict: Verdict | null;
  rationale: string;
}

export interface ConsensusChild {
  level: string | null;
  factor: string | null;
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
  /** The mean of the evaluators' factors when a consensus replaces it. */
  replacedMean: string | null;
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
  const { mode } = settings.rounding;
  if (mode === 'none') return exactText(fig.exact);
  return group(decimalDigits(fig.rounded, settings.rounding[FIGURE_DECIMALS[which]]).text);
}

/** A rubric factor with at least two decimals: 1.00, 0.75, 0.125. */
export function factorText(factor: number): string {
  const r = toRational(factor);
  const text = exactText(r, 6);
  return (text.split('.')[1]?.length ?? 0) >= 2 ? text : decimalDigits(r, 2).text;
}

const yen = (amount: number): string => exactText(toRational(amount), 0);
const op = (o: Extract<Term, { op: string }>['op']): Term => ({ op: o });
const sym = (symbol: TermSymbol, value: string, extra: { unit?: 'yen'; label?: string } = {}): Term => ({
  symbol,
  value,
  ...extra
});

/** `a + b + …` of the values, or `0` when there are none. */
function sumTerms(values: Term[]): Term[] {
  if (values.length === 0) return [{ number: '0' }];
  return values.flatMap((t, i) => (i ? [op('+'), t] : [t]));
}

function inputsOf(terms: Term[]): Explanation['inputs'] {
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

function blank(target: ExplainTarget, formula: FormulaId, terms: Term[], exact: Rational): Explanation {
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
function published(
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
    mode: settings.rounding.mode,
    decimals: settings.rounding[FIGURE_DECIMALS[which]],
    exact: e.exact,
    rounded: result
  };
  e.result = result;
  return e;
}

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
    case 'technicalPoints': {
      if (!v.technicalPoints || !v.bonusPoints) return null;
      const terms = [
        sym('basePoints', exactText(v.basePoints.exact)),
        op('+'),
        sym('bonusPoints', exactText(v.bonusPoints.exact))
      ];
      const e = published(target, 'technicalPoints', terms, v.technicalPoints, settings);
      e.figures = [
        {
          target: { ...target, kind: 'basePoints' },
          ref: '',
          title: '',
          value: exactText(v.basePoints.exact),
          counted: true
        },
        {
          target: { ...target, kind: 'bonusPoints' },
          ref: '',
          title: '',
          value: exactText(v.bonusPoints.exact),
          counted: true
        }
      ];
      return e;
    }
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
      if (settings.priceMethod === 'none' || !v.pricePoints) {
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

function titleOf(input: ScoringInput, requirementId: Id): string {
  return input.requirements.find((r) => r.id === requirementId)?.title ?? '';
}

function explainBase(input: ScoringInput, v: VendorResult, target: ExplainTarget): Explanation {
  const { settings } = input;
  const passed = v.mandatory.filter((m) => m.passed);
  const terms = sumTerms(
    passed.map((m) => sym('mandatoryPoints', exactText(toRational(m.points)), { label: m.ref }))
  );
  const e = published(target, 'basePoints', terms, v.basePoints, settings);
  e.figures = v.mandatory.map((m) => ({
    target: { kind: 'mandatoryItem', vendorId: v.vendorId, requirementId: m.requirementId },
    ref: m.ref,
    title: titleOf(input, m.requirementId),
    value: m.passed ? exactText(toRational(m.points)) : '0',
    counted: m.passed
  }));
  return e;
}

function explainBonus(input: ScoringInput, v: VendorResult, target: ExplainTarget): Explanation | null {
  if (!v.bonusPoints) return null;
  const terms = sumTerms(
    v.scored.map((s) => sym('itemScore', s.score ? exactText(s.score) : '0', { label: s.ref }))
  );
  const e = published(target, 'bonusPoints', terms, v.bonusPoints, input.settings);
  e.figures = v.scored.map((s) => ({
    target: { kind: 'scoredItem', vendorId: v.vendorId, requirementId: s.requirementId },
    ref: s.ref,
    title: titleOf(input, s.requirementId),
    value: s.score ? exactText(s.score) : '0',
    counted: true
  }));
  return e;
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
  if (settings.priceFormula === 'standard') {
    if (settings.ceilingPrice === null) return null;
    const C = sym('C', yen(settings.ceilingPrice), { unit: 'yen' });
    const terms = [P, op('×'), op('('), { number: '1' }, op('−'), bid, op('÷'), C, op(')')];
    return published(target, 'pricePointsStandard', terms, v.pricePoints, settings);
  }
  if (result.lowestBid === null) return null;
  const lowest = sym('lowestBid', yen(result.lowestBid), { unit: 'yen' });
  const terms = [P, op('×'), lowest, op('÷'), bid];
  return published(target, 'pricePointsLowestRatio', terms, v.pricePoints, settings);
}

/** The latest grade of each evaluator on the item (by timestamp, then id), as the engine reads them. */
function gradesOf(input: ScoringInput, vendorId: Id, requirementId: Id) {
  const evaluators = [...input.evaluators].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  return evaluators.map((ev) => {
    let latest: ScoringInput['grades'][number] | undefined;
    for (const g of input.grades) {
      if (g.vendorId !== vendorId || g.requirementId !== requirementId || g.evaluatorId !== ev.id) continue;
      if (!latest || g.updatedAt > latest.updatedAt || (g.updatedAt === latest.updatedAt && g.id > latest.id))
        latest = g;
    }
    return { evaluator: ev, grade: latest };
  });
}

function consensusOf(input: ScoringInput, vendorId: Id, requirementId: Id) {
  let latest: ScoringInput['consensus'][number] | undefined;
  for (const c of input.consensus) {
    if (c.vendorId !== vendorId || c.requirementId !== requirementId) continue;
    if (
      !latest ||
      c.recordedAt > latest.recordedAt ||
      (c.recordedAt === latest.recordedAt && c.id > latest.id)
    )
      latest = c;
  }
  return latest;
}

function factorOfLevel(settings: ScoringSettings, code: string | null): string | null {
  const level = code === null ? undefined : settings.rubric.find((l) => l.code === code);
  return level ? factorText(level.factor) : null;
}

function explainScoredItem(input: ScoringInput, v: VendorResult, target: ExplainTarget): Explanation | null {
  const item = v.scored.find((s) => s.requirementId === target.requirementId);
  if (!item || !item.score || !item.factor) return null;
  const { settings } = input;
  const rows = gradesOf(input, v.vendorId, item.requirementId);
  const points = sym('points', exactText(toRational(item.points)));
  let terms: Term[];
  let formula: FormulaId;
  if (item.consensusLevel !== null) {
    formula = 'scoredItemConsensus';
    terms = [
      points,
      op('×'),
      sym('factor', factorOfLevel(settings, item.consensusLevel) ?? '', { label: item.consensusLevel })
    ];
  } else {
    formula = 'scoredItemMean';
    const given = item.levels.filter((l): l is string => l !== null);
    const factors = given.map((code) => sym('factor', factorOfLevel(settings, code) ?? '', { label: code }));
    terms = [
      points,
      op('×'),
      op('('),
      ...sumTerms(factors),
      op(')'),
      op('÷'),
      { number: String(given.length) }
    ];
  }
  const e = blank(target, formula, terms, item.score);
  e.ref = item.ref;
  e.title = titleOf(input, item.requirementId);
  e.grades = rows.map(({ evaluator, grade }) => ({
    evaluatorId: evaluator.id,
    evaluatorName: evaluator.name,
    level: grade?.level ?? null,
    factor: factorOfLevel(settings, grade?.level ?? null),
    verdict: null,
    rationale: grade?.rationale ?? ''
  }));
  const agreed =
    item.consensusLevel !== null ? consensusOf(input, v.vendorId, item.requirementId) : undefined;
  if (agreed) {
    e.consensus = {
      level: item.consensusLevel,
      factor: factorOfLevel(settings, item.consensusLevel),
      verdict: null,
      reason: agreed.reason,
      recordedBy: agreed.recordedBy,
      recordedAt: agreed.recordedAt
    };
    e.replacedMean = item.meanFactor ? exactText(item.meanFactor) : null;
  }
  return e;
}

function explainMandatoryItem(
  input: ScoringInput,
  v: VendorResult,
  target: ExplainTarget
): Explanation | null {
  const item = v.mandatory.find((m) => m.requirementId === target.requirementId);
  if (!item) return null;
  const rule = input.settings.passRule;
  const n = item.passes + item.fails + item.missing;
  const required = rule === 'majority' ? Math.floor(n / 2) + 1 : n;
  // The item's base points are the input; a failed item earns 0 of them.
  const points = sym('mandatoryPoints', exactText(toRational(item.points)), { label: item.ref });
  const awarded = toRational(item.passed ? item.points : 0);
  const e = blank(target, 'mandatoryItem', item.passed ? [points] : [{ number: '0' }], awarded);
  e.inputs = inputsOf([points]);
  e.ref = item.ref;
  e.title = titleOf(input, item.requirementId);
  e.passRule = {
    rule,
    evaluators: n,
    passes: item.passes,
    fails: item.fails,
    missing: item.missing,
    required,
    byRule: n > 0 && item.passes >= required,
    consensus: item.consensus,
    passed: item.passed
  };
  e.grades = gradesOf(input, v.vendorId, item.requirementId).map(({ evaluator, grade }) => ({
    evaluatorId: evaluator.id,
    evaluatorName: evaluator.name,
    level: null,
    factor: null,
    verdict: grade?.verdict ?? null,
    rationale: grade?.rationale ?? ''
  }));
  const agreed = item.consensus !== null ? consensusOf(input, v.vendorId, item.requirementId) : undefined;
  if (agreed) {
    e.consensus = {
      level: null,
      factor: null,
      verdict: item.consensus,
      reason: agreed.reason,
      recordedBy: agreed.recordedBy,
      recordedAt: agreed.recordedAt
    };
  }
  return e;
}
