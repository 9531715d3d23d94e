/**
 * Explanations of the technical figures (`explain.ts`): 基礎点 from the mandatory items under the pass
 * rule, 加点 from the scored items' means or consensus, 技術点, and each item down to every
 * evaluator's grade and rationale. The grade and consensus shown are the ones that count (`records.ts`).
 */
import {
  blank,
  factorText,
  inputsOf,
  op,
  published,
  sumTerms,
  sym,
  type ExplainTarget,
  type Explanation,
  type FormulaId,
  type Term
} from './explain-terms';
import { exactText } from './formula-preview';
import { writtenLevelPoints } from './level-points';
import type { Id, ScoringSettings } from './model';
import { byOrder, cellKey, gradeTime, latestConsensus, latestPer } from './records';
import { decimalDigits, mul, toRational } from './rounding';
import { figureRounded, figureRounding } from './settings';
import type { ScoringInput, VendorResult } from './scoring';

/** 技術点 = 基礎点 + 加点, with both as figures to explain in turn. */
export function explainTechnical(
  input: ScoringInput,
  v: VendorResult,
  target: ExplainTarget
): Explanation | null {
  const { settings } = input;
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

export function titleOf(input: ScoringInput, requirementId: Id): string {
  return input.requirements.find((r) => r.id === requirementId)?.title ?? '';
}

export function explainBase(input: ScoringInput, v: VendorResult, target: ExplainTarget): Explanation {
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

export function explainBonus(
  input: ScoringInput,
  v: VendorResult,
  target: ExplainTarget
): Explanation | null {
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

/** The latest grade of each evaluator on the item (`records.ts`), in evaluator order, as the engine reads them. */
function gradesOf(input: ScoringInput, vendorId: Id, requirementId: Id) {
  const latest = latestPer(
    input.grades,
    (g) => (g.vendorId === vendorId && g.requirementId === requirementId ? g.evaluatorId : undefined),
    gradeTime
  );
  return byOrder(input.evaluators).map((evaluator) => ({ evaluator, grade: latest.get(evaluator.id) }));
}

/** The consensus that counts on the item (`records.ts`). */
function consensusOf(input: ScoringInput, vendorId: Id, requirementId: Id) {
  return latestConsensus(input.consensus).get(cellKey(vendorId, requirementId));
}

function factorOfLevel(settings: ScoringSettings, code: string | null): string | null {
  const level = code === null ? undefined : settings.rubric.find((l) => l.code === code);
  return level ? factorText(level.factor) : null;
}

export function explainScoredItem(
  input: ScoringInput,
  v: VendorResult,
  target: ExplainTarget
): Explanation | null {
  const item = v.scored.find((s) => s.requirementId === target.requirementId);
  if (!item || !item.score || !item.factor) return null;
  const { settings } = input;
  const rows = gradesOf(input, v.vendorId, item.requirementId);
  const points = sym('points', exactText(toRational(item.points)));
  const requirement = input.requirements.find((r) => r.id === item.requirementId);
  // An item stating points per level is explained in its points, as the rule document writes them.
  const written = requirement ? writtenLevelPoints(requirement, settings.rubric) : null;
  const pointsOfLevel = (code: string | null): string | undefined => {
    const i = code === null ? -1 : settings.rubric.findIndex((l) => l.code === code);
    return written && i >= 0 ? exactText(toRational(written[i]!)) : undefined;
  };
  let terms: Term[];
  let formula: FormulaId;
  if (written && item.consensusLevel !== null) {
    formula = 'scoredItemLevelPointsConsensus';
    terms = [sym('levelPoints', pointsOfLevel(item.consensusLevel) ?? '', { label: item.consensusLevel })];
  } else if (written) {
    formula = 'scoredItemLevelPointsMean';
    const given = item.levels.filter((l): l is string => l !== null);
    const each = given.map((code) => sym('levelPoints', pointsOfLevel(code) ?? '', { label: code }));
    terms = [op('('), ...sumTerms(each), op(')'), op('÷'), { number: String(given.length) }];
  } else if (item.consensusLevel !== null) {
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
  // The item mean as the rule states it: points × factor, rounded when `rounding.itemMeanMode` says so.
  const e = blank(target, formula, terms, mul(toRational(item.points), item.factor));
  if (figureRounded(settings.rounding, 'itemMean')) {
    const step = figureRounding(settings.rounding, 'itemMean');
    const rounded = decimalDigits(item.score, step.decimals).text;
    e.rounding = { ...step, exact: e.exact, rounded };
    e.result = rounded;
  }
  e.ref = item.ref;
  e.title = titleOf(input, item.requirementId);
  e.grades = rows.map(({ evaluator, grade }) => ({
    evaluatorId: evaluator.id,
    evaluatorName: evaluator.name,
    level: grade?.level ?? null,
    factor: written ? null : factorOfLevel(settings, grade?.level ?? null),
    ...(written && { points: pointsOfLevel(grade?.level ?? null) }),
    verdict: null,
    rationale: grade?.rationale ?? ''
  }));
  if (written && requirement) {
    e.levelPoints = settings.rubric.map((l, i) => ({
      code: l.code,
      points: exactText(toRational(written[i]!))
    }));
  }
  const agreed =
    item.consensusLevel !== null ? consensusOf(input, v.vendorId, item.requirementId) : undefined;
  if (agreed) {
    e.consensus = {
      level: item.consensusLevel,
      factor: written ? null : factorOfLevel(settings, item.consensusLevel),
      ...(written && { points: pointsOfLevel(item.consensusLevel) }),
      verdict: null,
      reason: agreed.reason,
      recordedBy: agreed.recordedBy,
      recordedAt: agreed.recordedAt
    };
    const mean = item.meanFactor && (written ? mul(item.points, item.meanFactor) : item.meanFactor);
    e.replacedMean = mean ? exactText(mean) : null;
  }
  return e;
}

export function explainMandatoryItem(
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
