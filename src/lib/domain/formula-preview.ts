/**
 * The formulas of the chosen scoring settings, each worked through with example numbers (the
 * worked example of scoring-method.md unless others are given) and rounded with `rounding.ts`, so
 * a buyer sees what a setting does before locking it. Only the formulas that apply to the settings
 * are returned; one whose inputs are not usable numbers (a half-typed field) is left out. Numbers
 * come back as display strings with `,` grouping and `.` decimals, the same in ja-JP and en-GB.
 */
import { SETTINGS_BOUNDS, withinBound } from './settings';
import type { ScoringSettings } from './model';
import {
  evaluationValue,
  meetsReferenceValue,
  PRICE_FORMULA_NEEDS,
  priceMethodPublishes,
  type PriceAgainst,
  pricePoints,
  referenceValue,
  totalPoints
} from './price';
import {
  add,
  compare,
  decimalDigits,
  div,
  mul,
  roundToRational,
  toRational,
  type Rational
} from './rounding';
import { ROUNDED_FIGURES, figureRounding, type RoundedFigure } from './settings';
import { exactText, group } from './exact-text';

export { exactText };

export const PREVIEW_IDS = [
  'itemScore',
  'technical',
  'pricePointsStandard',
  'pricePointsLowestRatio',
  'pricePointsWithFloor',
  'pricePointsReducedSlope',
  'total',
  'evaluationValue',
  'referenceValue',
  'referenceGate',
  'passRuleMajority',
  'passRuleUnanimous',
  'minimumBonus',
  'minimumTechnical',
  'lowBid'
] as const;
export type PreviewId = (typeof PREVIEW_IDS)[number];

/** What a rule decides with the example numbers. */
export const PREVIEW_OUTCOMES = [
  'meets',
  'doesNotMeet',
  'qualified',
  'disqualified',
  'investigate',
  'noInvestigation'
] as const;
export type PreviewOutcome = (typeof PREVIEW_OUTCOMES)[number];

/** How a published figure was rounded, for the note beside it (整数 has its own wording). */
export const ROUNDING_NOTES = ['floor', 'floorInteger', 'halfUp', 'halfUpInteger', 'none'] as const;
export type RoundingNote = (typeof ROUNDING_NOTES)[number];

export interface FormulaPreview {
  id: PreviewId;
  /** Message parameters: formatted numbers, comparison signs (`≥`, `<`) and level codes. */
  values: Readonly<Record<string, string>>;
  /** Present when the result is a published figure. */
  rounding?: { note: RoundingNote; decimals: number };
  /** Present for a rule or gate. */
  outcome?: PreviewOutcome;
}

export interface ExampleItem {
  points: number;
  /** One grade per evaluator, as indexes into the rubric (clamped to its last level). */
  levels: number[];
}

export interface ExampleInputs {
  /** 基礎点 of the mandatory items. */
  basePoints: number[];
  scoredItems: ExampleItem[];
  /** 予定価格 used when the settings have none. */
  ceilingPrice: number;
  bid: number;
  lowestBid: number;
  evaluators: number;
  /** Evaluators judging the example mandatory item met. */
  passes: number;
  /** 基礎価格 F and 基準額 T used when the settings have none. */
  floorPrice: number;
  slopeThreshold: number;
}

/**
 * Vendor A of the worked example. Without a ceiling price in the settings, C is 10,000,000 円;
 * the bid and the lowest bid are 80 % and 70 % of the ceiling in use (8,000,000 and 7,000,000);
 * without a 基礎価格 or 基準額, F is 50 % and T 85 % of it (so the example bid is above F, below T).
 */
export function exampleInputs(settings: ScoringSettings): ExampleInputs {
  const ceilingPrice =
    usable(settings.ceilingPrice) && settings.ceilingPrice > 0 ? settings.ceilingPrice : 1e7;
  return {
    basePoints: [10, 10],
    scoredItems: [
      { points: 30, levels: [0, 0, 1] },
      { points: 20, levels: [1, 1, 1] },
      { points: 10, levels: [2, 3, 2] }
    ],
    ceilingPrice,
    bid: Math.round(ceilingPrice * 0.8),
    lowestBid: Math.round(ceilingPrice * 0.7),
    evaluators: 3,
    passes: 2,
    floorPrice: Math.round(ceilingPrice * 0.5),
    slopeThreshold: Math.round(ceilingPrice * 0.85)
  };
}

function usable(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

const sum = (values: readonly Rational[]): Rational => values.reduce((a, b) => add(a, b), toRational(0));

/** A rubric factor with at least two decimals: 1.00, 0.75, 0.125. */
function factorText(factor: number): string {
  const text = exactText(toRational(factor), 6);
  const decimals = text.split('.')[1]?.length ?? 0;
  return decimals >= 2 ? text : decimalDigits(toRational(factor), 2).text;
}

/** How a figure is rounded, as the note beside it says it. */
function roundingNote(
  settings: ScoringSettings,
  figure: RoundedFigure
): { note: RoundingNote; decimals: number } | null {
  const { mode, decimals } = figureRounding(settings.rounding, figure);
  if (mode === 'none') return { note: 'none', decimals: 0 };
  if (!withinBound(decimals, SETTINGS_BOUNDS.decimals)) return null;
  const note: RoundingNote =
    mode === 'floor' ? (decimals ? 'floor' : 'floorInteger') : decimals ? 'halfUp' : 'halfUpInteger';
  return { note, decimals };
}

/** A published figure: its rounded value, display text and note, or null if the decimals are unusable. */
function publish(value: Rational, settings: ScoringSettings, figure: RoundedFigure) {
  const rounding = roundingNote(settings, figure);
  if (!rounding) return null;
  if (rounding.note === 'none') return { value, text: exactText(value), rounding };
  const { mode } = figureRounding(settings.rounding, figure);
  const rounded = roundToRational(value, rounding.decimals, mode);
  return { value: rounded, text: group(decimalDigits(rounded, rounding.decimals).text), rounding };
}

/** The figures the settings compute, each with how it is rounded (the preview states every one). */
export function roundingRules(
  settings: ScoringSettings
): { figure: RoundedFigure; rounding: { note: RoundingNote; decimals: number } }[] {
  const publishes = priceMethodPublishes(settings);
  const used: Record<RoundedFigure, boolean> = {
    itemMean: true,
    technical: true,
    price: publishes.pricePoints,
    total: publishes.totalPoints,
    evaluationValue: publishes.evaluationValue,
    referenceValue: publishes.referenceValue
  };
  return ROUNDED_FIGURES.flatMap((figure) => {
    const rounding = used[figure] ? roundingNote(settings, figure) : null;
    return rounding ? [{ figure, rounding }] : [];
  });
}

const yen = (amount: number) => exactText(toRational(amount), 0);
const sign = (a: Rational, b: Rational) => (compare(a, b) >= 0 ? '≥' : '<');

export function formulaPreviews(
  settings: ScoringSettings,
  example?: Partial<ExampleInputs>
): FormulaPreview[] {
  const ex: ExampleInputs = { ...exampleInputs(settings), ...example };
  const previews: FormulaPreview[] = [];
  const { rubric, divisionScale: scale } = settings;
  const publishes = priceMethodPublishes(settings);
  const ceiling =
    usable(settings.ceilingPrice) && settings.ceilingPrice > 0 ? settings.ceilingPrice : ex.ceilingPrice;
  const base = sum(ex.basePoints.map(toRational));

  // 任意項目の得点 and 技術点, when the rubric has usable factors.
  const levelOf = (index: number) => rubric[Math.min(Math.max(index, 0), rubric.length - 1)];
  const rubricUsable = rubric.length > 0 && rubric.every((level) => usable(level.factor));
  const itemScores = rubricUsable
    ? ex.scoredItems.map(({ points, levels }) => {
        const factors = levels.map((i) => toRational(levelOf(i)?.factor ?? 0));
        const mean = levels.length ? div(sum(factors), levels.length) : toRational(0);
        const raw = mul(points, mean);
        const rounded = publish(raw, settings, 'itemMean');
        return { points, levels, mean, raw, rounded, score: rounded?.value ?? raw };
      })
    : [];
  const first = itemScores[0];
  const itemRounded = !!first?.rounded && first.rounded.rounding.note !== 'none';
  if (first) {
    previews.push({
      id: 'itemScore',
      values: {
        points: exactText(toRational(first.points)),
        factors: first.levels
          .map((i) => `${levelOf(i)?.code ?? ''}(${factorText(levelOf(i)?.factor ?? 0)})`)
          .join('・'),
        mean: exactText(first.mean),
        // The unrounded mean and the rounding are stated only when the rule rounds the item mean.
        ...(itemRounded ? { raw: exactText(first.raw) } : {}),
        result: first.rounded?.text ?? exactText(first.score)
      },
      ...(itemRounded && first.rounded ? { rounding: first.rounded.rounding } : {})
    });
  }
  const bonus = sum(itemScores.map((item) => item.score));
  const technical = rubricUsable ? publish(add(base, bonus), settings, 'technical') : null;
  if (technical) {
    previews.push({
      id: 'technical',
      values: {
        base: exactText(base),
        bonus: exactText(bonus),
        raw: exactText(add(base, bonus)),
        result: technical.text
      },
      rounding: technical.rounding
    });
  }

  const bidUsable = usable(ex.bid) && ex.bid > 0;
  const ceilingUsable = usable(ceiling) && ceiling > 0;
  const needs = PRICE_FORMULA_NEEDS[settings.priceFormula];
  const floorPrice =
    usable(settings.floorPrice) && settings.floorPrice > 0 ? settings.floorPrice : ex.floorPrice;
  const slopeThreshold =
    usable(settings.slopeThreshold) && settings.slopeThreshold > 0
      ? settings.slopeThreshold
      : ex.slopeThreshold;
  const formulaUsable =
    (!needs.ceiling || ceilingUsable) &&
    (!needs.lowestBid || usable(ex.lowestBid)) &&
    (!needs.floorPrice || (usable(floorPrice) && floorPrice < ceiling)) &&
    (!needs.slope || (usable(slopeThreshold) && slopeThreshold < ceiling && usable(settings.slopeFactor)));
  if (publishes.pricePoints && usable(settings.priceAllocation) && bidUsable && formulaUsable) {
    const allocation = toRational(settings.priceAllocation);
    const against: PriceAgainst = {
      ceiling,
      lowestBid: ex.lowestBid,
      floorPrice,
      slopeThreshold,
      slopeFactor: settings.slopeFactor
    };
    const raw = pricePoints(settings.priceFormula, allocation, ex.bid, against)!;
    const price = publish(raw, settings, 'price');
    if (price) {
      const id: PreviewId = {
        standard: 'pricePointsStandard',
        lowestRatio: 'pricePointsLowestRatio',
        withFloor: 'pricePointsWithFloor',
        reducedSlope: 'pricePointsReducedSlope'
      }[settings.priceFormula] as PreviewId;
      // The branch the example bid falls in: at or below F (P in full) or T (the reduced slope).
      const branch = needs.floorPrice
        ? ex.bid <= floorPrice
          ? 'at'
          : 'above'
        : needs.slope
          ? ex.bid <= slopeThreshold
            ? 'at'
            : 'above'
          : '';
      previews.push({
        id,
        values: {
          allocation: exactText(allocation),
          bid: yen(ex.bid),
          ...(needs.ceiling ? { ceiling: yen(ceiling) } : {}),
          ...(needs.lowestBid ? { lowest: yen(ex.lowestBid) } : {}),
          ...(needs.floorPrice ? { floor: yen(floorPrice) } : {}),
          ...(needs.slope
            ? { threshold: yen(slopeThreshold), factor: exactText(toRational(settings.slopeFactor), 6) }
            : {}),
          ...(branch ? { branch } : {}),
          result: price.text
        },
        rounding: price.rounding
      });
      const total = technical ? publish(totalPoints(technical.value, price.value), settings, 'total') : null;
      if (technical && total) {
        previews.push({
          id: 'total',
          values: { technical: technical.text, price: price.text, result: total.text },
          rounding: total.rounding
        });
      }
    }
  }

  if (publishes.evaluationValue && usable(scale) && scale > 0) {
    const scaleText = exactText(toRational(scale));
    const value =
      technical && bidUsable
        ? publish(evaluationValue(technical.value, ex.bid, scale), settings, 'evaluationValue')
        : null;
    if (technical && value) {
      previews.push({
        id: 'evaluationValue',
        values: { technical: technical.text, bid: yen(ex.bid), scale: scaleText, result: value.text },
        rounding: value.rounding
      });
    }
    const reference =
      publishes.referenceValue && settings.referenceValueGate && ceilingUsable
        ? publish(referenceValue(base, ceiling, scale), settings, 'referenceValue')
        : null;
    if (reference) {
      previews.push({
        id: 'referenceValue',
        values: { base: exactText(base), ceiling: yen(ceiling), scale: scaleText, result: reference.text },
        rounding: reference.rounding
      });
      if (value) {
        const passes = meetsReferenceValue(value.value, reference.value);
        previews.push({
          id: 'referenceGate',
          values: {
            value: value.text,
            reference: reference.text,
            comparison: sign(value.value, reference.value)
          },
          outcome: passes ? 'qualified' : 'disqualified'
        });
      }
    }
  }

  if (usable(ex.evaluators) && ex.evaluators > 0 && usable(ex.passes)) {
    const majority = settings.passRule === 'majority';
    const required = majority ? Math.floor(ex.evaluators / 2) + 1 : ex.evaluators;
    previews.push({
      id: majority ? 'passRuleMajority' : 'passRuleUnanimous',
      values: { evaluators: String(ex.evaluators), passes: String(ex.passes), required: String(required) },
      outcome: ex.passes >= required ? 'meets' : 'doesNotMeet'
    });
  }

  if (rubricUsable && usable(settings.minimumBonus)) {
    const minimum = toRational(settings.minimumBonus);
    previews.push({
      id: 'minimumBonus',
      values: { bonus: exactText(bonus), minimum: exactText(minimum), comparison: sign(bonus, minimum) },
      outcome: compare(bonus, minimum) >= 0 ? 'qualified' : 'disqualified'
    });
  }

  // The minimum 技術点 on the published (rounded) 技術点; exactly at it passes.
  if (technical && usable(settings.minimumTechnical)) {
    const minimum = toRational(settings.minimumTechnical);
    previews.push({
      id: 'minimumTechnical',
      values: {
        technical: technical.text,
        minimum: exactText(minimum),
        comparison: sign(technical.value, minimum)
      },
      outcome: compare(technical.value, minimum) >= 0 ? 'qualified' : 'disqualified'
    });
  }

  if (publishes.bids && usable(settings.lowBidThreshold) && usable(ex.bid)) {
    const threshold = toRational(settings.lowBidThreshold);
    const bid = toRational(ex.bid);
    previews.push({
      id: 'lowBid',
      values: {
        bid: yen(ex.bid),
        threshold: yen(settings.lowBidThreshold),
        comparison: sign(bid, threshold)
      },
      outcome: compare(bid, threshold) < 0 ? 'investigate' : 'noInvestigation'
    });
  }
  return previews;
}
