/**
 * The scoring workbook (採点ワークブック), the product's final output: nine sheets that stand on
 * their own. Every published total is a live formula over the grade cells the workbook contains
 * (rubric lookup, mean or consensus, pass rule, rounding rule, price formula, rank), written with
 * the engine's figure as its cached result, so a viewer that does not recalculate shows the same
 * number and a recalculating one (Excel, LibreOffice) proves it. Pure apart from loading ExcelJS;
 * every text from a vendor or user passes `guardText`. Layout and formulas: see the sheet writers.
 */
import type { Grade, Id } from '../domain/model';
import { toNumber } from '../domain/rounding';
import { scoringInputOf } from '../domain/scoring-input';
import { pointsOf } from '../domain/spec-points';
import { PACK_ANSWER_LABELS } from './pack-format';
import { writeAuditSheet, writeEvidenceSheet, writeStabilitySheet } from './scoring-workbook-records';
import { writeOverall, writePrice } from './scoring-workbook-results';
import {
  DIVISION_FORMULA_LABEL,
  LABELS,
  PASS_RULE_LABELS,
  PRICE_FORMULA_LABELS,
  PRICE_METHOD_LABELS,
  ROUNDING_LABELS,
  SETTING_LABELS,
  SHEET_NAMES,
  VERDICT_MARKS
} from './scoring-workbook-labels';
import {
  PROGRESS_EVERY,
  TALLY,
  TALLY_SUMMARY,
  TITLE_ROWS,
  cellRef,
  decimalsFormat,
  formula,
  itemRow,
  local,
  newSheet,
  putRow,
  rangeRef,
  roundedFormula,
  sectionRow,
  styleHeader,
  text,
  type Cell,
  type Context,
  type ExcelModule,
  type ScoringWorkbookInput,
  type ScoringWorkbookOptions
} from './scoring-workbook-sheet';
import { columnLetter } from './table';

export type {
  ScoringWorkbookInput,
  ScoringWorkbookOptions,
  WorkbookStability
} from './scoring-workbook-sheet';
export { attestationStatusesOf, type AttestationStatusRow } from './scoring-workbook-records';

const byOrder = <T extends { order: number; id: Id }>(a: T, b: T): number =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// ------------------------------------------------------------------ data of the procurement

/** The latest record per key, by timestamp then id, as the engine resolves duplicates. */
function latestBy<T extends { id: Id }>(
  records: readonly T[],
  key: (r: T) => string,
  at: (r: T) => string
): Map<string, T> {
  const map = new Map<string, T>();
  for (const r of records) {
    const k = key(r);
    const prev = map.get(k);
    if (!prev || at(r) > at(prev) || (at(r) === at(prev) && r.id > prev.id)) map.set(k, r);
  }
  return map;
}

const SEP = '\u0000';

// ------------------------------------------------------------------ 1. 評価基準

function writeCriteria(ctx: Context): void {
  const { l, locale, settings, input } = ctx;
  const sheet = newSheet(
    ctx,
    'criteria',
    [
      { width: 26 },
      { width: 26, wrap: true },
      { width: 30, wrap: true },
      { width: 60, wrap: true },
      { width: 10 },
      { width: 8 },
      { width: 24, wrap: true },
      { width: 24, wrap: true }
    ],
    null
  );
  const name = ctx.names.criteria;
  const s = SETTING_LABELS[locale];
  const r = settings.rounding;
  const num = (x: number | null) => (x === null ? l.none : x);
  const rows: [string, Cell][] = [
    ['priceMethod', PRICE_METHOD_LABELS[locale][settings.priceMethod]],
    [
      'priceFormula',
      settings.priceMethod === 'division'
        ? DIVISION_FORMULA_LABEL[locale]
        : PRICE_FORMULA_LABELS[locale][settings.priceFormula]
    ],
    ['priceAllocation', settings.priceAllocation],
    ['ceilingPrice', num(settings.ceilingPrice)],
    ['divisionScale', settings.divisionScale],
    ['referenceValueGate', settings.referenceValueGate ? l.yes : l.no],
    ['lowBidThreshold', num(settings.lowBidThreshold)],
    ['passRule', PASS_RULE_LABELS[locale][settings.passRule]],
    ['minimumBonus', num(settings.minimumBonus)],
    ['roundingMode', ROUNDING_LABELS[locale][r.mode]],
    ['technicalDecimals', r.technicalDecimals],
    ['priceDecimals', r.priceDecimals],
    ['totalDecimals', r.totalDecimals],
    ['evaluationValueDecimals', r.evaluationValueDecimals],
    ['referenceValueDecimals', r.referenceValueDecimals],
    [
      'priceBasis',
      `${settings.priceTaxIncluded ? l.taxIncluded : l.taxExcluded}・${l.years(settings.priceYears)}`
    ],
    ['stabilityVariation', settings.stabilityVariation],
    ['stabilityDraws', settings.stabilityDraws],
    ['stabilitySeed', settings.stabilitySeed],
    ['evaluators', ctx.evaluators.length]
  ];
  let row = TITLE_ROWS + 2;
  sectionRow(sheet, row, l.settings);
  row++;
  putRow(ctx, sheet, row, [l.item, l.value]);
  styleHeader(sheet, row, 2);
  row++;
  for (const [key, value] of rows) {
    putRow(ctx, sheet, row, [s[key] ?? key, value]);
    ctx.setting[key] = cellRef(name, 2, row, true);
    if (key === 'ceilingPrice' || key === 'lowBidThreshold') sheet.getCell(row, 2).numFmt = '#,##0';
    row++;
  }

  row++;
  sectionRow(sheet, row, l.rubric);
  row++;
  putRow(ctx, sheet, row, [l.code, l.levelName, l.factor]);
  styleHeader(sheet, row, 3);
  row++;
  const rubricFirst = row;
  for (const level of settings.rubric) {
    putRow(ctx, sheet, row++, [
      text(level.code),
      text(locale === 'ja' ? level.labelJa : level.labelEn),
      level.factor
    ]);
  }
  if (settings.rubric.length) {
    ctx.rubric = {
      codes: rangeRef(name, 1, rubricFirst, row - 1),
      factors: rangeRef(name, 3, rubricFirst, row - 1)
    };
  }

  row++;
  sectionRow(sheet, row, l.versions);
  row++;
  putRow(ctx, sheet, row, [l.version, l.lockedAt, l.reason, l.hash]);
  styleHeader(sheet, row, 4);
  row++;
  for (const v of [...input.bundle.criteriaVersions].sort((a, b) => a.version - b.version)) {
    putRow(ctx, sheet, row++, [v.version, text(`${v.lockedAt} ${v.lockedBy}`), text(v.reason), v.hash]);
  }

  row++;
  sectionRow(sheet, row, l.requirements);
  row++;
  putRow(ctx, sheet, row, [l.ref, l.domain, l.title, l.text, l.kind, l.points, l.accepted, l.controls]);
  styleHeader(sheet, row, 8);
  row++;
  const types = new Map(input.attestationTypes.map((t) => [t.type, t]));
  const first = row;
  for (const req of ctx.requirements) {
    ctx.criteriaRow.set(req.id, row);
    putRow(ctx, sheet, row++, [
      text(req.ref),
      text(req.domain),
      text(req.title),
      text(req.text),
      req.kind === 'mandatory' ? l.mandatory : l.scored,
      pointsOf(req),
      text(req.acceptedAttestations.map((t) => types.get(t)?.name[locale] ?? t).join(', ')),
      text(req.controlRefs.join(', '))
    ]);
  }
  if (row > first) ctx.criteriaRange = { first, last: row - 1 };

  row++;
  sectionRow(sheet, row, l.notes);
  row++;
  for (const note of [l.preRound, l.rankRule]) {
    const cell = sheet.getCell(row++, 1);
    cell.value = note;
  }
}

// ------------------------------------------------------------------ 2. 評価項目一覧

function writeItems(ctx: Context): void {
  const { l, locale, requirements, vendors } = ctx;
  const perVendor = 3;
  const header = 7;
  const sheet = newSheet(
    ctx,
    'items',
    [
      { width: 10 },
      { width: 16, wrap: true },
      { width: 28, wrap: true },
      { width: 8 },
      { width: 7 },
      ...vendors.flatMap(() => [{ width: 10 }, { width: 36, wrap: true }, { width: 8 }])
    ],
    { row: header, xSplit: 3 }
  );
  putRow(ctx, sheet, header, [
    l.ref,
    l.domain,
    l.title,
    l.kind,
    l.points,
    ...vendors.flatMap((v) => {
      const company = text(v.company);
      return [`${company}\n${l.answer}`, `${company}\n${l.explanation}`, `${company}\n${l.verdict}`];
    })
  ]);
  styleHeader(sheet, header, 5 + vendors.length * perVendor);
  const responses = latestBy(
    ctx.input.bundle.responses,
    (r) => r.vendorId + SEP + r.requirementId,
    (r) => r.updatedAt
  );
  const answerLabels = PACK_ANSWER_LABELS[locale];
  const tally = ctx.names.tally;
  requirements.forEach((req, ri) => {
    const cells: Cell[] = [
      text(req.ref),
      text(req.domain),
      text(req.title),
      req.kind === 'mandatory' ? l.mandatory : l.scored,
      pointsOf(req)
    ];
    vendors.forEach((vendor, vi) => {
      const response = responses.get(vendor.id + SEP + req.id);
      const refs = response?.evidenceRefs.trim() ? `\n【${l.evidenceRefs}】${response.evidenceRefs}` : '';
      cells.push(
        response?.answer ? answerLabels[response.answer] : '',
        text(response ? `${response.explanation}${refs}` : '')
      );
      if (req.kind === 'mandatory') {
        const item = ctx.results.get(vendor.id)?.mandatory.find((m) => m.requirementId === req.id);
        cells.push(
          formula(
            cellRef(tally, TALLY.decided, itemRow(ctx, vi, ri)),
            item ? VERDICT_MARKS[item.passed ? 'pass' : 'fail'] : ''
          )
        );
      } else cells.push('');
    });
    putRow(ctx, sheet, header + 1 + ri, cells);
  });
}

// ------------------------------------------------------------------ 3. 評価者別採点

/** Column of evaluator `e`'s grade (0-based e); the consensus follows the grades, then the rationales. */
const gradeColumn = (e: number) => 5 + e;
const consensusColumn = (panel: number) => 5 + panel;

function writeGrades(ctx: Context): void {
  const { l, requirements, vendors, evaluators } = ctx;
  const panel = evaluators.length;
  const header = ctx.itemFirstRow - 1;
  const sheet = newSheet(
    ctx,
    'grades',
    [
      { width: 18, wrap: true },
      { width: 10 },
      { width: 26, wrap: true },
      { width: 7 },
      ...evaluators.map(() => ({ width: 8 })),
      { width: 8 },
      ...evaluators.map(() => ({ width: 30, wrap: true })),
      { width: 30, wrap: true }
    ],
    { row: header, xSplit: 2 }
  );
  const names = evaluators.map((e) => text(e.name));
  putRow(ctx, sheet, header, [
    l.vendor,
    l.ref,
    l.title,
    l.kind,
    ...names.map((n) => `${l.grade}\n${n}`),
    l.consensus,
    ...names.map((n) => `${l.rationale}\n${n}`),
    l.consensusReason
  ]);
  styleHeader(sheet, header, 6 + 2 * panel);
  const { bundle } = ctx.input;
  const grades = latestBy<Grade>(
    bundle.grades,
    (g) => g.vendorId + SEP + g.requirementId + SEP + g.evaluatorId,
    (g) => g.updatedAt
  );
  const consensus = latestBy(
    bundle.consensus,
    (c) => c.vendorId + SEP + c.requirementId,
    (c) => c.recordedAt
  );
  const codes = new Set(ctx.settings.rubric.map((level) => level.code));
  vendors.forEach((vendor, vi) => {
    const company = text(vendor.company);
    requirements.forEach((req, ri) => {
      const mandatory = req.kind === 'mandatory';
      const marks: Cell[] = [];
      const rationales: Cell[] = [];
      for (const evaluator of evaluators) {
        const g = grades.get(vendor.id + SEP + req.id + SEP + evaluator.id);
        // What the engine reads: a verdict for a mandatory item, a rubric level for a scored one.
        const mark = !g
          ? ''
          : mandatory
            ? g.verdict === 'pass' || g.verdict === 'fail'
              ? VERDICT_MARKS[g.verdict]
              : ''
            : g.level !== null && codes.has(g.level)
              ? text(g.level)
              : '';
        marks.push(mark);
        rationales.push(text(typeof g?.rationale === 'string' ? g.rationale : ''));
      }
      const c = consensus.get(vendor.id + SEP + req.id);
      const agreed = !c
        ? ''
        : mandatory
          ? c.verdict
            ? VERDICT_MARKS[c.verdict]
            : ''
          : c.level !== null && codes.has(c.level)
            ? text(c.level)
            : '';
      putRow(ctx, sheet, itemRow(ctx, vi, ri), [
        company,
        text(req.ref),
        text(req.title),
        mandatory ? l.mandatory : l.scored,
        ...marks,
        agreed,
        ...rationales,
        text(agreed ? c!.reason : '')
      ]);
    });
  });
}

// ------------------------------------------------------------------ 4. 集計

function writeTally(ctx: Context): void {
  const { l, requirements, vendors, settings } = ctx;
  const panel = ctx.evaluators.length;
  const header = ctx.itemFirstRow - 1;
  const sheet = newSheet(
    ctx,
    'tally',
    [
      { width: 18, wrap: true },
      { width: 10 },
      { width: 7 },
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
    l.vendor,
    l.ref,
    l.kind,
    l.points,
    l.passes,
    l.decided,
    l.score,
    '',
    l.vendor,
    l.basePoints,
    l.bonusPoints,
    l.technicalPoints
  ]);
  styleHeader(sheet, header, 12);
  sheet.getCell(header, 8).fill = { type: 'pattern', pattern: 'none' };
  const grades = ctx.names.grades;
  const criteria = ctx.names.criteria;
  const { rounding } = settings;
  const pass = VERDICT_MARKS.pass;
  const fail = VERDICT_MARKS.fail;
  const rubric = ctx.rubric;
  const evaluatorCount = ctx.setting.evaluators!;
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
          m ? VERDICT_MARKS[m.passed ? 'pass' : 'fail'] : ''
        );
        score = formula(`IF(${F}="${pass}",${D},0)`, m?.passed ? req.basePoints : 0);
      } else {
        const s = scoredById.get(req.id);
        const meanValue = s?.meanFactor ? toNumber(s.meanFactor) : '';
        mean =
          g && rubric
            ? formula(
                `IF(COUNTA(${g})=0,"",SUMPRODUCT(SUMIF(${rubric.codes},${g},${rubric.factors}))/COUNTA(${g}))`,
                meanValue
              )
            : '';
        decided = rubric
          ? formula(
              `IF(${agreed}<>"",INDEX(${rubric.factors},MATCH(${agreed},${rubric.codes},0)),${E})`,
              s?.factor ? toNumber(s.factor) : ''
            )
          : '';
        score = formula(`IF(${F}="","",${D}*${F})`, s?.score ? toNumber(s.score) : '');
      }
      putRow(ctx, sheet, row, [
        company,
        text(req.ref),
        req.kind === 'mandatory' ? l.mandatory : l.scored,
        points,
        mean,
        decided,
        score
      ]);
    });
  });

  // The vendor summary beside the items: 基礎点, 加点 and 技術点 over the vendor's block of rows.
  const nr = requirements.length;
  vendors.forEach((vendor, vi) => {
    const row = ctx.itemFirstRow + vi;
    ctx.tallyVendorRow.set(vendor.id, row);
    const r = ctx.results.get(vendor.id);
    const cells: Cell[] = [text(vendor.company)];
    if (nr === 0 || !r) {
      cells.push(0, r?.bonusPoints?.value ?? l.notComputed, r?.technicalPoints?.value ?? l.notComputed);
    } else {
      const first = itemRow(ctx, vi, 0);
      const last = itemRow(ctx, vi, nr - 1);
      const kinds = `${local(TALLY.kind, first)}:${local(TALLY.kind, last)}`;
      const scores = `${local(TALLY.score, first)}:${local(TALLY.score, last)}`;
      const dec = rounding.technicalDecimals;
      cells.push(
        formula(
          roundedFormula(
            `SUMIF(${kinds},"${l.mandatory}",${scores})`,
            dec,
            rounding.mode,
            'sum',
            r.basePoints.value
          ),
          r.basePoints.value
        ),
        r.bonusPoints
          ? formula(
              roundedFormula(
                `SUMIF(${kinds},"${l.scored}",${scores})`,
                dec,
                rounding.mode,
                'sum',
                r.bonusPoints.value
              ),
              r.bonusPoints.value
            )
          : l.notComputed,
        r.technicalPoints
          ? formula(
              roundedFormula(`SUM(${scores})`, dec, rounding.mode, 'sum', r.technicalPoints.value),
              r.technicalPoints.value
            )
          : l.notComputed
      );
    }
    const target = sheet.getRow(row);
    cells.forEach((value, i) => (target.getCell(TALLY_SUMMARY.vendor + i).value = value));
  });
  const fmt = decimalsFormat(rounding.mode === 'none' ? null : rounding.technicalDecimals);
  for (const c of [TALLY_SUMMARY.base, TALLY_SUMMARY.bonus, TALLY_SUMMARY.technical]) {
    for (let i = 0; i < vendors.length; i++) sheet.getCell(ctx.itemFirstRow + i, c).numFmt = fmt;
  }
}

// ------------------------------------------------------------------ the workbook

function rowsToWrite(ctx: Pick<Context, 'requirements' | 'vendors' | 'input'>): number {
  const { bundle } = ctx.input;
  const items = ctx.requirements.length * ctx.vendors.length;
  return (
    2 * items +
    ctx.requirements.length * 2 +
    ctx.vendors.length * 3 +
    bundle.attestations.length +
    bundle.evidenceFiles.length +
    bundle.subcontractors.length +
    bundle.audit.length +
    60
  );
}

async function loadExcel(): Promise<ExcelModule> {
  const loaded = await import('exceljs');
  // A CommonJS package: its API is the interop `default` (kept the namespace as a fallback).
  return (loaded.default ?? loaded) as ExcelModule;
}

/**
 * The workbook as XLSX bytes. ExcelJS is imported on first use (as the pack export does), so its
 * ~270 KB (gzip) loads only when someone exports. `onProgress(done, total, 'sheets')` is called
 * every few thousand rows (total: an estimate of the rows), then `(total, total, 'file')` before and
 * after the ZIP is written.
 */
export async function buildScoringWorkbook(
  input: ScoringWorkbookInput,
  options: ScoringWorkbookOptions = {}
): Promise<Uint8Array> {
  const excel = options.excel ?? (await loadExcel());
  const locale = options.locale ?? 'ja';
  const scoring = scoringInputOf(input.bundle);
  const book = new excel.Workbook();
  book.creator = 'Sentei';
  const created = Date.parse(input.exportedAt);
  book.created = book.modified = new Date(Number.isNaN(created) ? 0 : created);
  const base = {
    requirements: [...scoring.requirements].sort(byOrder),
    vendors: [...input.bundle.vendors].sort(byOrder),
    input
  };
  const rows = rowsToWrite(base);
  let done = 0;
  const ctx: Context = {
    ...base,
    book,
    locale,
    l: LABELS[locale],
    names: SHEET_NAMES[locale],
    settings: scoring.settings,
    evaluators: [...input.bundle.evaluators].sort(byOrder),
    results: new Map(input.result.vendors.map((v) => [v.vendorId, v])),
    setting: {},
    rubric: null,
    criteriaRow: new Map(),
    criteriaRange: null,
    itemFirstRow: TITLE_ROWS + 3,
    priceRow: new Map(),
    tallyVendorRow: new Map(),
    progress: () => {
      done++;
      if (done % PROGRESS_EVERY === 0) options.onProgress?.(Math.min(done, rows), rows, 'sheets');
    }
  };
  options.onProgress?.(0, rows, 'sheets');
  // Written in sheet order. Cross-sheet references are computed addresses (rows follow the
  // vendors' and requirements' order); 価格点計算 and 総合評価 read the rows recorded before them.
  writeCriteria(ctx);
  writeItems(ctx);
  writeGrades(ctx);
  writeTally(ctx);
  writePrice(ctx);
  writeOverall(ctx);
  writeEvidenceSheet(ctx);
  writeStabilitySheet(ctx);
  writeAuditSheet(ctx);
  options.onProgress?.(rows, rows, 'file');
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  options.onProgress?.(rows, rows, 'file');
  return bytes;
}
