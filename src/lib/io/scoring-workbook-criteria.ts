/**
 * 評価基準, the first sheet of the scoring workbook: the scoring settings (the cells every formula
 * after it reads: price allocation, ceiling, scale, evaluators), the rubric (codes and factors the
 * tally looks up), the criteria versions, the requirements (points and kind, summed by 基準評価値)
 * and the notes on rounding and rank. It records those cells' addresses in the context.
 */
import type { Worksheet } from 'exceljs';
import { documentSettings } from '../domain/buyer-fields';
import { columnLetter } from '../domain/columns';
import { writtenLevelPoints } from '../domain/level-points';
import { priceMethodPublishes } from '../domain/price';
import { pointsOf } from '../domain/spec-points';
import { div, toNumber } from '../domain/rounding';
import { figureRounding } from '../domain/settings';
import { domainWeightsOf, percentText, weightsOf, type Weights } from '../domain/weights';
import { formatTyped } from '../i18n/format-amount';
import { dotJoin } from '../i18n/punctuation';
import { kindKey } from '../i18n/labels';
import {
  workbookPassRuleKey,
  workbookPriceFormulaKey,
  workbookPriceMethodKey,
  workbookRoundingKey,
  workbookSettingKey,
  type WorkbookSetting
} from '../i18n/workbook-labels';
import {
  TITLE_ROWS,
  cellRef,
  formula,
  newSheet,
  putRow,
  rangeRef,
  sectionRow,
  styleHeader,
  text,
  type Cell,
  type Context
} from './scoring-workbook-sheet';

export function writeCriteria(ctx: Context): void {
  const { t, locale, settings, input } = ctx;
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
      { width: 24, wrap: true },
      { width: 12 }
    ],
    null
  );
  const name = ctx.names.criteria;
  const publishes = priceMethodPublishes(settings);
  const r = settings.rounding;
  const num = (x: number | null) => (x === null ? t('collect.none') : x);
  const rows: [WorkbookSetting, Cell][] = [
    ['priceMethod', t(workbookPriceMethodKey[settings.priceMethod])],
    [
      'priceFormula',
      publishes.evaluationValue
        ? t('workbook.priceFormula.division')
        : t(workbookPriceFormulaKey[settings.priceFormula])
    ],
    ['priceAllocation', settings.priceAllocation],
    ['ceilingPrice', num(settings.ceilingPrice)],
    ['divisionScale', settings.divisionScale],
    ['referenceValueGate', settings.referenceValueGate ? t('workbook.on') : t('workbook.off')],
    ['lowBidThreshold', num(settings.lowBidThreshold)],
    ['floorPrice', num(settings.floorPrice)],
    ['slopeThreshold', num(settings.slopeThreshold)],
    ['slopeFactor', settings.slopeFactor],
    ['passRule', t(workbookPassRuleKey[settings.passRule])],
    ['minimumBonus', num(settings.minimumBonus)],
    ['minimumTechnical', num(settings.minimumTechnical)],
    ['roundingMode', t(workbookRoundingKey[r.mode])],
    // Each figure's mode as it applies (its own, else the common one), beside its decimals.
    ['technicalMode', t(workbookRoundingKey[figureRounding(r, 'technical').mode])],
    ['technicalDecimals', r.technicalDecimals],
    ['priceMode', t(workbookRoundingKey[figureRounding(r, 'price').mode])],
    ['priceDecimals', r.priceDecimals],
    ['totalMode', t(workbookRoundingKey[figureRounding(r, 'total').mode])],
    ['totalDecimals', r.totalDecimals],
    ['evaluationValueMode', t(workbookRoundingKey[figureRounding(r, 'evaluationValue').mode])],
    ['evaluationValueDecimals', r.evaluationValueDecimals],
    ['referenceValueMode', t(workbookRoundingKey[figureRounding(r, 'referenceValue').mode])],
    ['referenceValueDecimals', r.referenceValueDecimals],
    ['itemMeanMode', t(workbookRoundingKey[r.itemMeanMode])],
    ['itemMeanDecimals', r.itemMeanDecimals],
    [
      'priceBasis',
      dotJoin(locale, [
        settings.priceTaxIncluded ? t('workbook.taxIncluded') : t('workbook.taxExcluded'),
        t('workbook.taxRate', { rate: settings.consumptionTaxRate }),
        t('workbook.years', { years: settings.priceYears })
      ])
    ],
    [
      'statedRatio',
      // Absent from a record stored before the setting existed: none stated.
      settings.statedRatio
        ? `${settings.statedRatio.technical}:${settings.statedRatio.price}`
        : t('collect.none')
    ],
    ['stabilityVariation', settings.stabilityVariation],
    ['stabilityDraws', settings.stabilityDraws],
    ['stabilitySeed', settings.stabilitySeed],
    ['evaluators', ctx.evaluators.length]
  ];
  // An enterprise's criteria state no 予定価格, 基準評価値 or gate they do not use.
  const stated = documentSettings(input.bundle.procurement.buyerKind, settings);
  const hidden = new Set<WorkbookSetting>([
    ...(stated.ceilingPrice ? [] : (['ceilingPrice'] as const)),
    ...(stated.referenceValueGate ? [] : (['referenceValueGate'] as const)),
    ...(stated.referenceValue ? [] : (['referenceValueMode', 'referenceValueDecimals'] as const))
  ]);
  let row = TITLE_ROWS + 2;
  sectionRow(sheet, row, t('workbook.settings'));
  row++;
  putRow(ctx, sheet, row, [t('workbook.settingItem'), t('explain.colValue')]);
  styleHeader(sheet, row, 2);
  row++;
  for (const [key, value] of rows) {
    if (hidden.has(key)) continue;
    putRow(ctx, sheet, row, [t(workbookSettingKey[key]), value]);
    ctx.setting[key] = cellRef(name, 2, row, true);
    if (['ceilingPrice', 'lowBidThreshold', 'floorPrice', 'slopeThreshold'].includes(key)) {
      sheet.getCell(row, 2).numFmt = '#,##0';
      // The amount as typed (unit, tax basis) beside the figure the formulas read.
      const typed =
        key === 'ceilingPrice'
          ? settings.ceilingPriceTyped
          : key === 'lowBidThreshold'
            ? settings.lowBidThresholdTyped
            : null;
      if (typed)
        sheet.getCell(row, 3).value = t('workbook.typedAs', { amount: formatTyped(t, typed, ctx.locale) });
    }
    row++;
  }

  row++;
  sectionRow(sheet, row, t('scoring.rubric'));
  row++;
  putRow(ctx, sheet, row, [t('scoring.rubric.code'), t('answers.colName'), t('scoring.rubric.factor')]);
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
  sectionRow(sheet, row, t('criteria.versions'));
  row++;
  putRow(ctx, sheet, row, [
    t('criteria.colVersion'),
    t('workbook.lockedAt'),
    t('workbook.changeReason'),
    t('workbook.hash')
  ]);
  styleHeader(sheet, row, 4);
  row++;
  for (const v of input.bundle.criteriaVersions) {
    putRow(ctx, sheet, row++, [
      v.version,
      text(`${ctx.when(v.lockedAt)} ${v.lockedBy}`),
      text(v.reason),
      v.hash
    ]);
  }

  row++;
  sectionRow(sheet, row, t('workbook.requirements'));
  row++;
  putRow(ctx, sheet, row, [
    t('spec.colRef'),
    t('spec.colDomain'),
    t('spec.field.title'),
    t('workbook.requirementText'),
    t('spec.colKind'),
    t('spec.colPoints'),
    t('spec.field.accepted'),
    t('workbook.controls'),
    t('workbook.weightColumn')
  ]);
  styleHeader(sheet, row, 9);
  row++;
  const types = new Map(input.attestationTypes.map((info) => [info.type, info]));
  const first = row;
  const last = first + ctx.requirements.length - 1;
  const weights = weightsOf(ctx.requirements, settings);
  const weightOf = new Map(weights.rows.map((w) => [w.id, w]));
  for (const req of ctx.requirements) {
    ctx.criteriaRow.set(req.id, row);
    // The weight as a live share of the points column; a 0-point mandatory item is a pass/fail gate.
    const w = weightOf.get(req.id);
    const weight: Cell =
      req.kind === 'mandatory' && pointsOf(req) === 0
        ? t('workbook.gateOnly')
        : formula(
            `IF(SUM($F$${first}:$F$${last})=0,"",F${row}/SUM($F$${first}:$F$${last}))`,
            w?.percent ? toNumber(div(w.percent, 100)) : ''
          );
    putRow(ctx, sheet, row++, [
      text(req.ref),
      text(req.domain),
      text(req.title),
      text(req.text),
      t(kindKey[req.kind]),
      pointsOf(req),
      text(req.acceptedAttestations.map((type) => types.get(type)?.name[locale] ?? type).join(', ')),
      text(req.controlRefs.join(', ')),
      weight
    ]);
    sheet.getCell(row - 1, 9).numFmt = '0.0%';
  }
  if (row > first) ctx.criteriaRange = { first, last: row - 1 };
  row = writeWeights(ctx, sheet, row, weights);
  row = writeDomainWeights(ctx, sheet, row, weights, first, last);
  row = writeLevelPoints(ctx, sheet, row);

  row++;
  sectionRow(sheet, row, t('workbook.notes'));
  row++;
  for (const note of [t('workbook.note.preRound'), t('workbook.note.rankRule')]) {
    const cell = sheet.getCell(row++, 1);
    cell.value = note;
  }
}

/**
 * 技術点:価格点 with each one's share of the maximum total, and the conversion from weights the criteria
 * state (its rule, total and each item's % and points). Returns the next free row.
 */
function writeWeights(ctx: Context, sheet: Worksheet, at: number, weights: Weights): number {
  const { t, settings } = ctx;
  let row = at;
  const max = toNumber(weights.technicalMax);
  putRow(ctx, sheet, row++, [
    t('workbook.weightsRatio'),
    weights.price
      ? text(
          t('weights.ratio', {
            technical: max,
            price: weights.price.allocation,
            technicalPercent: percentText(weights.price.technicalPercent),
            pricePercent: percentText(weights.price.pricePercent)
          })
        )
      : t('weights.noPrice')
  ]);
  const conversion = settings.weightConversion;
  if (conversion) {
    putRow(ctx, sheet, row++, [
      t('workbook.weightsConversion'),
      text(t('weights.converted', { total: conversion.total })),
      text(
        conversion.items
          .map((i) => t('weights.convertedItem', { ref: i.ref, percent: i.percent, points: i.points }))
          .join('\n')
      )
    ]);
  }
  return row;
}

/**
 * Each domain's points and share of the 技術点 maximum, live: the points are the sum of the points
 * column over the requirements whose domain cell equals this row's, the share those over all the
 * points. The cached values are `domainWeightsOf`'s. Only when there are points. Returns the next row.
 */
function writeDomainWeights(
  ctx: Context,
  sheet: Worksheet,
  at: number,
  weights: Weights,
  first: number,
  last: number
): number {
  const { t } = ctx;
  if (weights.technicalMax.n <= 0n || last < first) return at;
  let row = at + 1;
  sectionRow(sheet, row, t('workbook.domainWeights'));
  row++;
  putRow(ctx, sheet, row, [t('spec.colDomain'), t('spec.colPoints'), t('workbook.weightColumn')]);
  styleHeader(sheet, row, 3);
  row++;
  const domains = `$B$${first}:$B$${last}`;
  const points = `$F$${first}:$F$${last}`;
  for (const d of domainWeightsOf(weights, ctx.requirements)) {
    putRow(ctx, sheet, row, [
      text(d.domain),
      formula(`SUMPRODUCT((${domains}=A${row})*${points})`, d.points),
      formula(
        `IF(SUM(${points})=0,"",B${row}/SUM(${points}))`,
        d.percent ? toNumber(div(d.percent, 100)) : ''
      )
    ]);
    sheet.getCell(row, 3).numFmt = '0.0%';
    row++;
  }
  return row;
}

/**
 * 段階別配点 and 評価項目の足切り: the items that state points per level (as written, one column per
 * rubric level under its code, which the tally looks up) or exclude at their lowest level. Only
 * when some item does. Returns the next free row.
 */
function writeLevelPoints(ctx: Context, sheet: Worksheet, at: number): number {
  const { t, settings, requirements } = ctx;
  const items = requirements.flatMap((req) => {
    const points = writtenLevelPoints(req, settings.rubric);
    return points || (req.kind === 'scored' && req.excludeAtLowest) ? [{ req, points }] : [];
  });
  if (items.length === 0 || settings.rubric.length === 0) return at;
  const name = ctx.names.criteria;
  const levels = settings.rubric.length;
  let row = at + 1;
  sectionRow(sheet, row, t('workbook.levelPoints'));
  row++;
  putRow(ctx, sheet, row, [
    t('spec.colRef'),
    ...settings.rubric.map((l) => text(l.code)),
    t('workbook.excludeAtLowest')
  ]);
  styleHeader(sheet, row, levels + 2);
  const rows = new Map<string, string>();
  // Columns B … of one row, absolute.
  const across = (r: number) => `'${name}'!$B$${r}:$${columnLetter(levels)}$${r}`;
  const codes = across(row);
  row++;
  for (const { req, points } of items) {
    putRow(ctx, sheet, row, [
      text(req.ref),
      ...(points ?? settings.rubric.map(() => '')),
      req.excludeAtLowest ? t('workbook.excludeAtLowest.yes') : ''
    ]);
    if (points) rows.set(req.id, across(row));
    row++;
  }
  ctx.levelPoints = { codes, rows };
  return row;
}
