/**
 * The grade sheets of the scoring workbook, one row per vendor × requirement: 評価項目一覧 (the
 * answers and the mandatory verdicts), 評価者別採点 (each evaluator's latest grade and rationale, and
 * the latest consensus, as `domain/records` decides which counts) and 集計 (the mean or consensus,
 * the pass rule and each item's score as formulas over those grades, with 基礎点, 加点 and 技術点).
 */
import { columnLetter } from '../domain/columns';
import { levelFactors } from '../domain/level-points';
import { pointsOf } from '../domain/spec-points';
import { cellKey, latestConsensus, latestGradesOf, latestPer } from '../domain/records';
import { mul, toNumber, toRational } from '../domain/rounding';
import { figureRounded, figureRounding } from '../domain/settings';
import { scaledSumFormula } from './scoring-workbook-exact';
import { kindKey } from '../i18n/labels';
import { PACK_ANSWER_LABELS } from './pack-format';
import {
  TALLY,
  TALLY_SUMMARY,
  VERDICT_MARKS,
  cellRef,
  decimalsFormat,
  formula,
  itemRow,
  local,
  newSheet,
  putRow,
  roundedFormula,
  styleHeader,
  text,
  type Cell,
  type Context
} from './scoring-workbook-sheet';

/** The kind column fits its longest word: 必須 / 任意 in the width each sheet had, or Mandatory. */
const kindWidth = (locale: Context['locale'], ja: number): number => (locale === 'en' ? 11 : ja);

// ------------------------------------------------------------------ 評価項目一覧

export function writeItems(ctx: Context): void {
  const { t, locale, requirements, vendors } = ctx;
  const perVendor = 3;
  const header = 7;
  const sheet = newSheet(
    ctx,
    'items',
    [
      { width: 10 },
      { width: 16, wrap: true },
      { width: 28, wrap: true },
      { width: kindWidth(locale, 8) },
      { width: 7 },
      ...vendors.flatMap(() => [{ width: 10 }, { width: 36, wrap: true }, { width: 8 }])
    ],
    { row: header, xSplit: 3 }
  );
  putRow(ctx, sheet, header, [
    t('spec.colRef'),
    t('spec.colDomain'),
    t('spec.field.title'),
    t('spec.colKind'),
    t('spec.colPoints'),
    ...vendors.flatMap((v) => {
      const company = text(v.company);
      return [
        `${company}\n${t('answers.colAnswer')}`,
        `${company}\n${t('answers.colExplanation')}`,
        `${company}\n${t('workbook.verdict')}`
      ];
    })
  ]);
  styleHeader(sheet, header, 5 + vendors.length * perVendor);
  const responses = latestPer(
    ctx.input.bundle.responses,
    (r) => cellKey(r.vendorId, r.requirementId),
    (r) => r.updatedAt
  );
  const answerLabels = PACK_ANSWER_LABELS[locale];
  const tally = ctx.names.tally;
  requirements.forEach((req, ri) => {
    const cells: Cell[] = [
      text(req.ref),
      text(req.domain),
      text(req.title),
      req.kind === 'mandatory' ? t(kindKey.mandatory) : t(kindKey.scored),
      pointsOf(req)
    ];
    vendors.forEach((vendor, vi) => {
      const response = responses.get(cellKey(vendor.id, req.id));
      const refs = response?.evidenceRefs.trim()
        ? `\n${t('workbook.evidenceRefsLine', { refs: response.evidenceRefs })}`
        : '';
      cells.push(
        response?.answer ? answerLabels[response.answer] : '',
        text(response ? `${response.explanation}${refs}` : '')
      );
      if (req.kind === 'mandatory') {
        const item = ctx.results.get(vendor.id)?.mandatory.find((m) => m.requirementId === req.id);
        cells.push(
          formula(
            cellRef(tally, TALLY.decided, itemRow(ctx, vi, ri)),
            item ? VERDICT_MARKS[ctx.locale][item.passed ? 'pass' : 'fail'] : ''
          )
        );
      } else cells.push('');
    });
    putRow(ctx, sheet, header + 1 + ri, cells);
  });
}

// ------------------------------------------------------------------ 評価者別採点

/** Column of evaluator `e`'s grade (0-based e); the consensus follows the grades, then the rationales. */
const gradeColumn = (e: number) => 5 + e;
const consensusColumn = (panel: number) => 5 + panel;

export function writeGrades(ctx: Context): void {
  const { t, requirements, vendors, evaluators } = ctx;
  const panel = evaluators.length;
  const header = ctx.itemFirstRow - 1;
  const sheet = newSheet(
    ctx,
    'grades',
    [
      { width: 18, wrap: true },
      { width: 10 },
      { width: 26, wrap: true },
      { width: kindWidth(ctx.locale, 7) },
      ...evaluators.map(() => ({ width: 8 })),
      { width: 8 },
      ...evaluators.map(() => ({ width: 30, wrap: true })),
      { width: 30, wrap: true }
    ],
    { row: header, xSplit: 2 }
  );
  const names = evaluators.map((e) => text(e.name));
  putRow(ctx, sheet, header, [
    t('results.colVendor'),
    t('spec.colRef'),
    t('spec.field.title'),
    t('spec.colKind'),
    ...names.map((n) => `${t('explain.colGrade')}\n${n}`),
    t('workbook.consensus'),
    ...names.map((n) => `${t('explain.colRationale')}\n${n}`),
    t('workbook.consensusReason')
  ]);
  styleHeader(sheet, header, 6 + 2 * panel);
  const { bundle } = ctx.input;
  const grades = evaluators.map((e) => latestGradesOf(bundle.grades, e.id));
  const consensus = latestConsensus(bundle.consensus);
  const codes = new Set(ctx.settings.rubric.map((level) => level.code));
  vendors.forEach((vendor, vi) => {
    const company = text(vendor.company);
    requirements.forEach((req, ri) => {
      const mandatory = req.kind === 'mandatory';
      const marks: Cell[] = [];
      const rationales: Cell[] = [];
      for (const byCell of grades) {
        const g = byCell.get(cellKey(vendor.id, req.id));
        // What the engine reads: a verdict for a mandatory item, a rubric level for a scored one.
        const mark = !g
          ? ''
          : mandatory
            ? g.verdict === 'pass' || g.verdict === 'fail'
              ? VERDICT_MARKS[ctx.locale][g.verdict]
              : ''
            : g.level !== null && codes.has(g.level)
              ? text(g.level)
              : '';
        marks.push(mark);
        rationales.push(text(typeof g?.rationale === 'string' ? g.rationale : ''));
      }
      const c = consensus.get(cellKey(vendor.id, req.id));
      const agreed = !c
        ? ''
        : mandatory
          ? c.verdict
            ? VERDICT_MARKS[ctx.locale][c.verdict]
            : ''
          : c.level !== null && codes.has(c.level)
            ? text(c.level)
            : '';
      putRow(ctx, sheet, itemRow(ctx, vi, ri), [
        company,
        text(req.ref),
        text(req.title),
        mandatory ? t(kindKey.mandatory) : t(kindKey.scored),
        ...marks,
        agreed,
        ...rationales,
        text(agreed ? c!.reason : '')
      ]);
    });
  });
}

// ------------------------------------------------------------------ 集計

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
const lcm = (a: bigint, b: bigint): bigint => (a / gcd(a, b)) * b;

/**
 * A denominator every item score, and so every sum of them, is a whole multiple of one over: the
 * points' denominators × the rubric factors' × every count of grades a mean can divide by (1 …
 * the panel). 7.5 points, factors 0.75/0.5/0.25 and 3 evaluators: 2 × 4 × 6 = 48.
 */
/**
 * A common denominator of the item scores: points × rubric factors ÷ the number of grades; with a
 * rounded item mean (`itemDecimals`), also 10^itemDecimals.
 */
function scoreDenominator(ctx: Context, itemDecimals: number | null): number {
  let d = 1n;
  for (const r of ctx.requirements) {
    d = lcm(d, toRational(pointsOf(r)).d);
    // An item with points per level scores points × (its level points ÷ its top level points).
    const factors = levelFactors(r, ctx.settings.rubric);
    for (const f of factors ?? []) d = lcm(d, mul(toRational(r.points), f).d);
  }
  let factors = 1n;
  for (const level of ctx.settings.rubric) {
    if (Number.isFinite(level.factor)) factors = lcm(factors, toRational(level.factor).d);
  }
  let counts = 1n;
  for (let n = 2n; n <= BigInt(ctx.evaluators.length); n++) counts = lcm(counts, n);
  const unrounded = d * factors * counts;
  if (itemDecimals === null) return Number(unrounded);
  return Number(lcm(unrounded, 10n ** BigInt(itemDecimals)));
}

export function writeTally(ctx: Context): void {
  const { t, requirements, vendors, settings } = ctx;
  const panel = ctx.evaluators.length;
  const header = ctx.itemFirstRow - 1;
  const sheet = newSheet(
    ctx,
    'tally',
    [
      { width: 18, wrap: true },
      { width: 10 },
      { width: kindWidth(ctx.locale, 7) },
      { width: 7 },
      { width: 12 },
      { width: 12 },
      { width: 10 },
      { width: 3 },
      { width: 22, wrap: true },
      { width: 10 },
      { width: 10 },
      { width: 10 }
    ],
    { row: header, xSplit: 2 }
  );
  putRow(ctx, sheet, header, [
    t('results.colVendor'),
    t('spec.colRef'),
    t('spec.colKind'),
    t('spec.colPoints'),
    t('workbook.passes'),
    t('workbook.decided'),
    t('workbook.score'),
    '',
    t('results.colVendor'),
    t('charts.base'),
    t('charts.bonus'),
    t('scoring.figure.technical')
  ]);
  styleHeader(sheet, header, 12);
  sheet.getCell(header, 8).fill = { type: 'pattern', pattern: 'none' };
  const grades = ctx.names.grades;
  const criteria = ctx.names.criteria;
  const { rounding } = settings;
  const pass = VERDICT_MARKS[ctx.locale].pass;
  const fail = VERDICT_MARKS[ctx.locale].fail;
  const rubric = ctx.rubric;
  const evaluatorCount = ctx.setting.evaluators!;
  const item =
    figureRounded(rounding, 'itemMean') && figureRounding(rounding, 'itemMean').mode !== 'none'
      ? (figureRounding(rounding, 'itemMean') as { mode: 'floor' | 'halfUp'; decimals: number })
      : null;
  const itemDenominator = scoreDenominator(ctx, null);
  vendors.forEach((vendor, vi) => {
    const result = ctx.results.get(vendor.id);
    const mandatoryById = new Map(result?.mandatory.map((m) => [m.requirementId, m]));
    const scoredById = new Map(result?.scored.map((s) => [s.requirementId, s]));
    const company = text(vendor.company);
    requirements.forEach((req, ri) => {
      const row = itemRow(ctx, vi, ri);
      const g =
        panel > 0
          ? `'${grades}'!${columnLetter(gradeColumn(0) - 1)}${row}:${columnLetter(gradeColumn(panel - 1) - 1)}${row}`
          : null;
      const agreed = cellRef(grades, consensusColumn(panel), row);
      const criteriaRow = ctx.criteriaRow.get(req.id)!;
      const points = formula(cellRef(criteria, 6, criteriaRow, true), pointsOf(req));
      const E = local(TALLY.mean, row);
      const F = local(TALLY.decided, row);
      const D = local(TALLY.points, row);
      let mean: Cell;
      let decided: Cell;
      let score: Cell;
      if (req.kind === 'mandatory') {
        const m = mandatoryById.get(req.id);
        mean = g ? formula(`COUNTIF(${g},"${pass}")`, m?.passes ?? 0) : 0;
        const byRule =
          settings.passRule === 'majority'
            ? `IF(${E}*2>${evaluatorCount},"${pass}","${fail}")`
            : `IF(AND(${evaluatorCount}>0,${E}=${evaluatorCount}),"${pass}","${fail}")`;
        decided = formula(
          `IF(${agreed}<>"",IF(${agreed}="${pass}","${pass}","${fail}"),${byRule})`,
          m ? VERDICT_MARKS[ctx.locale][m.passed ? 'pass' : 'fail'] : ''
        );
        score = formula(`IF(${F}="${pass}",${D},0)`, m?.passed ? req.basePoints : 0);
      } else {
        const s = scoredById.get(req.id);
        const meanValue = s?.meanFactor ? toNumber(s.meanFactor) : '';
        // Points per level (評価基準's 段階別配点): a level's factor is its points ÷ the top level's.
        const own = ctx.levelPoints?.rows.get(req.id);
        const codes = ctx.levelPoints?.codes;
        // Each grade's factor: looked up among the item's own level points, else the rubric's.
        const table =
          own && codes
            ? {
                sum: `SUMPRODUCT(SUMIF(${codes},${g},${own}))/COUNTA(${g})/MAX(${own})`,
                agreed: `INDEX(${own},1,MATCH(${agreed},${codes},0))/MAX(${own})`
              }
            : rubric
              ? {
                  sum: `SUMPRODUCT(SUMIF(${rubric.codes},${g},${rubric.factors}))/COUNTA(${g})`,
                  agreed: `INDEX(${rubric.factors},MATCH(${agreed},${rubric.codes},0))`
                }
              : null;
        mean = g && table ? formula(`IF(COUNTA(${g})=0,"",${table.sum})`, meanValue) : '';
        decided = table
          ? formula(`IF(${agreed}<>"",${table.agreed},${E})`, s?.factor ? toNumber(s.factor) : '')
          : '';
        // The item mean, rounded exactly when the rule rounds it (`rounding.itemMeanMode`).
        const product = `${D}*${F}`;
        const scoreValue = s?.score ? toNumber(s.score) : 0;
        const itemExpr = item
          ? (scaledSumFormula(
              product,
              itemDenominator,
              Math.abs(pointsOf(req)) + 1,
              item.decimals,
              item.mode
            ) ?? roundedFormula(product, item.decimals, item.mode, 'sum', scoreValue))
          : product;
        score = formula(`IF(${F}="","",${itemExpr})`, s?.score ? toNumber(s.score) : '');
      }
      putRow(ctx, sheet, row, [
        company,
        text(req.ref),
        req.kind === 'mandatory' ? t(kindKey.mandatory) : t(kindKey.scored),
        points,
        mean,
        decided,
        score
      ]);
    });
  });

  // The vendor summary beside the items: 基礎点, 加点 and 技術点 over the vendor's block of rows.
  const nr = requirements.length;
  const denominator = scoreDenominator(ctx, item ? item.decimals : null);
  const technical = figureRounding(rounding, 'technical');
  const pointsTotal = requirements.reduce((sum, r) => sum + Math.abs(pointsOf(r)), 0) + 1;
  vendors.forEach((vendor, vi) => {
    const row = ctx.itemFirstRow + vi;
    ctx.tallyVendorRow.set(vendor.id, row);
    const r = ctx.results.get(vendor.id);
    const cells: Cell[] = [text(vendor.company)];
    if (nr === 0 || !r) {
      cells.push(
        0,
        r?.bonusPoints?.value ?? t('results.noValue'),
        r?.technicalPoints?.value ?? t('results.noValue')
      );
    } else {
      const first = itemRow(ctx, vi, 0);
      const last = itemRow(ctx, vi, nr - 1);
      const kinds = `${local(TALLY.kind, first)}:${local(TALLY.kind, last)}`;
      const scores = `${local(TALLY.score, first)}:${local(TALLY.score, last)}`;
      const dec = technical.decimals;
      // 基礎点, 加点, 技術点 rounded exactly (`scaledSumFormula`), or as before without a rounding rule.
      const rounded = (expr: string, value: number) => {
        const exact =
          technical.mode !== 'none' && figureRounded(rounding, 'technical')
            ? scaledSumFormula(expr, denominator, pointsTotal, dec, technical.mode)
            : null;
        return exact ?? roundedFormula(expr, dec, technical.mode, 'sum', value);
      };
      cells.push(
        formula(
          rounded(`SUMIF(${kinds},"${t(kindKey.mandatory)}",${scores})`, r.basePoints.value),
          r.basePoints.value
        ),
        r.bonusPoints
          ? formula(
              rounded(`SUMIF(${kinds},"${t(kindKey.scored)}",${scores})`, r.bonusPoints.value),
              r.bonusPoints.value
            )
          : t('results.noValue'),
        r.technicalPoints
          ? formula(rounded(`SUM(${scores})`, r.technicalPoints.value), r.technicalPoints.value)
          : t('results.noValue')
      );
    }
    const target = sheet.getRow(row);
    cells.forEach((value, i) => (target.getCell(TALLY_SUMMARY.vendor + i).value = value));
  });
  const fmt = decimalsFormat(technical.mode === 'none' ? null : technical.decimals);
  for (const c of [TALLY_SUMMARY.base, TALLY_SUMMARY.bonus, TALLY_SUMMARY.technical]) {
    for (let i = 0; i < vendors.length; i++) sheet.getCell(ctx.itemFirstRow + i, c).numFmt = fmt;
  }
}
