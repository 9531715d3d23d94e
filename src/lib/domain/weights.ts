/**
 * Points as weights, and weights as points. A weight is an item's share of the 技術点 maximum (its 基礎点 or
 * maximum 加点 ÷ Σ of them), and the criteria's 技術点:価格点 is the share of each in the 総合評価点 maximum.
 * A buyer who thinks in weights enters a % per item and a 技術点 total T; each item's quota is % × T ÷ 100,
 * exactly, and the points are whole numbers summing to T by the largest remainder rule: every item gets its
 * quota rounded down, and the points left over go one each to the largest fractional remainders, equal
 * remainders in specification order. The help page states the same rule; the conversion is kept in the
 * criteria (`ScoringSettings.weightConversion`) and in the audit log.
 */
import type { Requirement, RequirementKind, ScoringSettings, WeightConversion } from './model';
import {
  add,
  compare,
  div,
  mul,
  rational,
  roundToRational,
  sub,
  toRational,
  type Rational
} from './rounding';
import { withinBound } from './settings';
import { SETTINGS_BOUNDS } from './settings';
import { pointsOf, pointsProblem } from './spec-points';

export interface WeightRow {
  id: string;
  ref: string;
  kind: RequirementKind;
  points: number;
  /** Share of the 技術点 maximum in %, exact; null while the maximum is 0. */
  percent: Rational | null;
}

export interface Weights {
  technicalMax: Rational;
  rows: WeightRow[];
  /** 加算方式 with a 価格点 allocation: 技術点:価格点 and each one's share of the total in %. */
  price: { allocation: number; technicalPercent: Rational; pricePercent: Rational } | null;
}

// Marked pure: the first page reaches this module through storage, and a call rollup cannot prove
// free of effects would keep the exact-arithmetic and settings modules in its bundle.
const ZERO = /* @__PURE__ */ toRational(0);
const finite = (x: number) => (Number.isFinite(x) ? x : 0);

export function weightsOf(
  requirements: readonly Pick<Requirement, 'id' | 'ref' | 'kind' | 'basePoints' | 'points' | 'order'>[],
  settings: Pick<ScoringSettings, 'priceMethod' | 'priceAllocation'>
): Weights {
  const ordered = [...requirements].sort((a, b) => a.order - b.order);
  const technicalMax = ordered.reduce<Rational>((sum, r) => add(sum, finite(pointsOf(r))), ZERO);
  const positive = technicalMax.n > 0n;
  const rows = ordered.map((r) => ({
    id: r.id,
    ref: r.ref,
    kind: r.kind,
    points: pointsOf(r),
    percent: positive ? div(mul(finite(pointsOf(r)), 100), technicalMax) : null
  }));
  const allocation = settings.priceMethod === 'additive' ? finite(settings.priceAllocation) : 0;
  const whole = add(technicalMax, allocation);
  const price =
    allocation > 0 && positive
      ? {
          allocation,
          technicalPercent: div(mul(technicalMax, 100), whole),
          pricePercent: div(mul(allocation, 100), whole)
        }
      : null;
  return { technicalMax, rows, price };
}

/** One domain's share of the 技術点 maximum and its items' shares, in specification order. */
export interface DomainWeight {
  domain: string;
  points: number;
  /** Σ of its items' exact shares; null while the maximum is 0. */
  percent: Rational | null;
  rows: WeightRow[];
}

/**
 * The weights grouped by domain (分野), domains in the order their first item appears in the
 * specification. A domain's share is the exact sum of its items' shares, so the shares printed in a
 * document add up as the points do. Domains are grouped as written (the workbook's formulas compare
 * the same cells). The documents print this; they do not group on their own.
 */
export function domainWeightsOf(
  weights: Weights,
  requirements: readonly Pick<Requirement, 'id' | 'domain'>[]
): DomainWeight[] {
  const domainOf = new Map(requirements.map((r) => [r.id, r.domain]));
  const groups = new Map<string, DomainWeight>();
  for (const row of weights.rows) {
    const domain = domainOf.get(row.id) ?? '';
    let group = groups.get(domain);
    if (!group) {
      group = { domain, points: 0, percent: row.percent ? ZERO : null, rows: [] };
      groups.set(domain, group);
    }
    group.points += finite(row.points);
    if (group.percent && row.percent) group.percent = add(group.percent, row.percent);
    group.rows.push(row);
  }
  return [...groups.values()];
}

/** A % for display, rounded half up at `decimals` (default 1): `12.5`, `33.3`. */
export function percentText(percent: Rational, decimals = 1): string {
  const r = roundToRational(percent, decimals, 'halfUp');
  const units = (r.n * 10n ** BigInt(decimals)) / r.d;
  const text = units.toString().padStart(decimals + 1, '0');
  return decimals ? `${text.slice(0, -decimals)}.${text.slice(-decimals)}` : text;
}

/** One item's weight as the buyer entered it. */
export interface WeightEntry {
  id: string;
  ref: string;
  kind: RequirementKind;
  percent: number;
}

export type WeightProblemCode = 'weightPercent' | 'weightSum' | 'weightTotal' | 'weightScoredZero';

export interface WeightProblem {
  code: WeightProblemCode;
  /** The item concerned (weightPercent, weightScoredZero). */
  ref?: string;
  /** weightSum: the sum entered, as written. */
  sum?: string;
}

export interface WeightPoints {
  id: string;
  ref: string;
  /** % × T ÷ 100, exact. */
  quota: Rational;
  points: number;
}

/**
 * The points of each item for weights in % (at most 2 decimals each, summing to exactly 100) and a 技術点
 * total (a whole number), by the largest remainder rule of the module header. Problems are data: no
 * conversion while one remains.
 */
export function pointsFromWeights(
  entries: readonly WeightEntry[],
  total: number
): { data: WeightPoints[] | null; issues: WeightProblem[] } {
  const issues: WeightProblem[] = [];
  if (!withinBound(total, SETTINGS_BOUNDS.weightTotal)) issues.push({ code: 'weightTotal' });
  for (const e of entries) {
    if (!withinBound(e.percent, SETTINGS_BOUNDS.weightPercent))
      issues.push({ code: 'weightPercent', ref: e.ref });
  }
  if (issues.length) return { data: null, issues };
  const sum = entries.reduce<Rational>((acc, e) => add(acc, e.percent), ZERO);
  if (compare(sum, 100) !== 0) {
    const cut = roundToRational(sum, 2, 'halfUp');
    return { data: null, issues: [{ code: 'weightSum', sum: percentText(cut, 2).replace(/\.?0+$/, '') }] };
  }
  const quotas = entries.map((e) => div(mul(e.percent, total), 100));
  const floors = quotas.map((q) => q.n / q.d);
  let left = BigInt(total) - floors.reduce((a, b) => a + b, 0n);
  const byRemainder = quotas
    .map((q, i) => ({ i, remainder: sub(q, rational(q.n / q.d)) }))
    .sort((a, b) => compare(b.remainder, a.remainder) || a.i - b.i);
  const extra = new Set<number>();
  for (const { i } of byRemainder) {
    if (left <= 0n) break;
    extra.add(i);
    left--;
  }
  const data = entries.map((e, i) => {
    const quota = div(mul(e.percent, total), 100);
    return { id: e.id, ref: e.ref, quota, points: Number(quota.n / quota.d) + (extra.has(i) ? 1 : 0) };
  });
  for (const d of data) {
    const kind = entries.find((e) => e.id === d.id)?.kind ?? 'scored';
    if (pointsProblem(kind, d.points)) issues.push({ code: 'weightScoredZero', ref: d.ref });
  }
  return issues.length ? { data: null, issues } : { data, issues };
}

/** The conversion as the criteria state it (`ScoringSettings.weightConversion`). */
export function weightConversionOf(
  entries: readonly WeightEntry[],
  total: number,
  points: readonly WeightPoints[]
): WeightConversion {
  return {
    total,
    items: entries.map((e, i) => ({ ref: e.ref, percent: e.percent, points: points[i]?.points ?? 0 }))
  };
}

/**
 * Whether the stated conversion still describes the requirements: the same refs in order, each with the
 * points the conversion gave. An edit after the conversion makes it stale (the lock check warns).
 */
export function weightConversionHolds(
  conversion: WeightConversion,
  requirements: readonly Pick<Requirement, 'ref' | 'kind' | 'basePoints' | 'points' | 'order'>[]
): boolean {
  const ordered = [...requirements].sort((a, b) => a.order - b.order);
  return (
    ordered.length === conversion.items.length &&
    ordered.every((r, i) => conversion.items[i]?.ref === r.ref && conversion.items[i]?.points === pointsOf(r))
  );
}
