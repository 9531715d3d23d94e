/**
 * Plain numbers for the result charts, derived from one engine run (`scoreProcurement`) and the
 * scored requirements (`scoringInputOf(bundle).requirements`): achievement per vendor and domain,
 * the composition of each vendor's score from the published figures, the requirement × vendor
 * matrix of the heatmap, and the requirements that separate the vendors most. Nothing here is a
 * new figure of the method: every value is read from, or is a ratio of, the engine's own figures.
 */
import type { Evaluator, Id, Requirement, Vendor, Verdict } from './model';
import { toNumber } from './rounding';
import { pointsOf } from './spec-points';
import type { ScoringResult, VendorResult } from './scoring';
import type { OneAtATimeResult, RandomDrawsResult } from './stability';
import { byOrder } from './records';

type Named = Pick<Vendor, 'id' | 'company'>;

export interface AnalysedVendor {
  id: Id;
  name: string;
  qualified: boolean;
  rank: number | null;
}

/**
 * A vendor's achievement in one domain. `percent` = (earned ÷ available) × 100 over every item of
 * the domain, where a passed mandatory item earns its 基礎点 and a scored item its item score (the
 * exact points × factor, before any rounding); null when the domain has no points at all, or an
 * item has no grade yet.
 */
export interface DomainAchievement {
  earned: number;
  available: number;
  percent: number | null;
  scoredEarned: number;
  scoredAvailable: number;
  mandatoryPassed: number;
  mandatoryCount: number;
}

/** The published figures a score is built from (加算方式: 基礎点 + 加点 + 価格点). */
export interface Composition {
  vendorId: Id;
  basePoints: number;
  /** Rounded 加点; null while an item has no grade. */
  bonusPoints: number | null;
  /** Rounded 価格点; null outside 加算方式, without a valid bid, or for a vendor not qualified. */
  pricePoints: number | null;
}

export type HeatmapCell =
  | {
      kind: 'scored';
      /** Item score ÷ points (0 … 1); null without a grade or with 0 points. */
      ratio: number | null;
      score: number | null;
      points: number;
      /** The consensus level when recorded, else the levels given (in evaluator order). */
      consensusLevel: string | null;
      levels: (string | null)[];
      flagged: boolean;
    }
  | {
      kind: 'mandatory';
      passed: boolean;
      passes: number;
      fails: number;
      /** The committee's verdict when recorded (it decides `passed`). */
      consensus: Verdict | null;
      flagged: boolean;
    };

export interface HeatmapRow {
  requirementId: Id;
  ref: string;
  title: string;
  domain: string;
  /** One cell per vendor, in the order of `ResultAnalysis.vendors`. */
  cells: HeatmapCell[];
}

/**
 * A scored requirement that separates the vendors: `spread` is the highest minus the lowest item
 * score (in points) among the compared vendors. It is the most that one item moves the gap between
 * two of them, so it weighs both the points and how differently the vendors were graded.
 */
export interface SeparatingRequirement {
  requirementId: Id;
  ref: string;
  title: string;
  spread: number;
  /** Item score per compared vendor, in the order of `ResultAnalysis.vendors` (null: not compared). */
  scores: (number | null)[];
}

export interface ResultAnalysis {
  /** In the engine's order (vendor `order`, then id). */
  vendors: AnalysedVendor[];
  /** Domains in the order their first requirement appears. */
  domains: string[];
  /** `achievement[v][d]`: vendor v (as in `vendors`), domain d (as in `domains`). */
  achievement: DomainAchievement[][];
  composition: Composition[];
  heatmap: HeatmapRow[];
  separating: SeparatingRequirement[];
  /** Whether `separating` compares the qualified vendors only (true when at least two are). */
  separatingQualifiedOnly: boolean;
}

/**
 * A vendor's result with its items found by requirement id: the charts look up every item of every
 * vendor, which by searching the lists took seconds at 1,500 requirements × 30 vendors.
 */
interface IndexedResult {
  mandatory: Map<Id, VendorResult['mandatory'][number]>;
  scored: Map<Id, VendorResult['scored'][number]>;
}

/** The first entry per requirement, as a search of the list finds it. */
function byRequirement<T extends { requirementId: Id }>(items: readonly T[]): Map<Id, T> {
  const map = new Map<Id, T>();
  for (const item of items) if (!map.has(item.requirementId)) map.set(item.requirementId, item);
  return map;
}

function indexed(v: VendorResult): IndexedResult {
  return { mandatory: byRequirement(v.mandatory), scored: byRequirement(v.scored) };
}

function achievementOf(requirements: readonly Requirement[], v: IndexedResult): DomainAchievement {
  const a: DomainAchievement = {
    earned: 0,
    available: 0,
    percent: null,
    scoredEarned: 0,
    scoredAvailable: 0,
    mandatoryPassed: 0,
    mandatoryCount: 0
  };
  let complete = true;
  for (const req of requirements) {
    a.available += pointsOf(req);
    if (req.kind === 'mandatory') {
      a.mandatoryCount++;
      if (v.mandatory.get(req.id)?.passed) {
        a.mandatoryPassed++;
        a.earned += req.basePoints;
      }
    } else {
      a.scoredAvailable += req.points;
      const score = v.scored.get(req.id)?.score ?? null;
      if (score === null) complete = false;
      else a.scoredEarned += toNumber(score);
    }
  }
  a.earned += a.scoredEarned;
  a.percent = complete && a.available > 0 ? (a.earned / a.available) * 100 : null;
  return a;
}

function cellOf(req: Requirement, v: IndexedResult): HeatmapCell {
  if (req.kind === 'mandatory') {
    const m = v.mandatory.get(req.id);
    return {
      kind: 'mandatory',
      passed: m?.passed ?? false,
      passes: m?.passes ?? 0,
      fails: m?.fails ?? 0,
      consensus: m?.consensus ?? null,
      flagged: m?.flagged ?? false
    };
  }
  const s = v.scored.get(req.id);
  const score = s?.score ? toNumber(s.score) : null;
  return {
    kind: 'scored',
    ratio: score !== null && req.points > 0 ? score / req.points : null,
    score,
    points: req.points,
    consensusLevel: s?.consensusLevel ?? null,
    levels: s?.levels ?? [],
    flagged: s?.flagged ?? false
  };
}

/**
 * The chart data of one result. `vendors` give the display names (the company); `top` caps the
 * separating requirements. They compare the qualified vendors when at least two are qualified,
 * else every vendor with a score; items with no spread are left out.
 */
export function analyseResult(
  requirements: readonly Requirement[],
  result: ScoringResult,
  vendorRecords: readonly Named[],
  top = 5
): ResultAnalysis {
  const reqs = byOrder(requirements);
  const names = new Map(vendorRecords.map((v) => [v.id, v.company]));
  const vendors: AnalysedVendor[] = result.vendors.map((v) => ({
    id: v.vendorId,
    name: names.get(v.vendorId) ?? v.vendorId,
    qualified: v.qualified,
    rank: v.rank
  }));
  const domains = [...new Set(reqs.map((r) => r.domain))];
  const items = result.vendors.map(indexed);
  const achievement = items.map((v) =>
    domains.map((d) =>
      achievementOf(
        reqs.filter((r) => r.domain === d),
        v
      )
    )
  );
  const composition: Composition[] = result.vendors.map((v) => ({
    vendorId: v.vendorId,
    basePoints: v.basePoints.value,
    bonusPoints: v.bonusPoints?.value ?? null,
    // As the results table publishes it: no 価格点 for a vendor that is not qualified.
    pricePoints: v.qualified ? (v.pricePoints?.value ?? null) : null
  }));
  const heatmap: HeatmapRow[] = reqs.map((req) => ({
    requirementId: req.id,
    ref: req.ref,
    title: req.title,
    domain: req.domain,
    cells: items.map((v) => cellOf(req, v))
  }));

  const qualifiedCount = result.vendors.filter((v) => v.qualified).length;
  const separatingQualifiedOnly = qualifiedCount >= 2;
  const compared = result.vendors.map((v) => (separatingQualifiedOnly ? v.qualified : true));
  const separating = reqs
    .filter((r) => r.kind === 'scored')
    .map((req): SeparatingRequirement => {
      const scores = items.map((v, i) => {
        if (!compared[i]) return null;
        const score = v.scored.get(req.id)?.score;
        return score ? toNumber(score) : null;
      });
      const present = scores.filter((s): s is number => s !== null);
      const spread = present.length >= 2 ? Math.max(...present) - Math.min(...present) : 0;
      return { requirementId: req.id, ref: req.ref, title: req.title, spread, scores };
    })
    .filter((s) => s.spread > 0)
    .sort((a, b) => b.spread - a.spread)
    .slice(0, Math.max(0, top));

  return { vendors, domains, achievement, composition, heatmap, separating, separatingQualifiedOnly };
}

// ---------------------------------------------------------------- the stability panel

const vendorsInOrder = <T extends Pick<Vendor, 'id' | 'order'>>(vendors: readonly T[]): T[] =>
  byOrder(vendors);

export interface FirstPlaceShare {
  vendorId: Id;
  name: string;
  share: number;
  count: number;
  /** Position among the vendors in their order, as in the result charts (for the colour). */
  index: number;
}

/** The vendors that came first in some draw, most often first; equal shares in vendor order. */
export function firstPlaceShares(
  vendors: readonly Pick<Vendor, 'id' | 'order' | 'company'>[],
  draws: RandomDrawsResult
): FirstPlaceShare[] {
  return vendorsInOrder(vendors)
    .map((v, index) => {
      const share = draws.firstPlaceShare[v.id] ?? 0;
      return { vendorId: v.id, name: v.company, share, count: Math.round(share * draws.draws), index };
    })
    .filter((s) => s.share > 0)
    .sort((a, b) => b.share - a.share || a.index - b.index);
}

/** One change of the first place, with the names a reader needs. `to` is null: nobody first. */
export type FirstPlaceChange =
  | { kind: 'points'; ref: string; factor: number; from: string | null; to: string | null }
  | { kind: 'evaluatorLeftOut'; evaluator: string; from: string | null; to: string | null };

/** The changes of `oneAtATime`, in its order, named: requirement refs, evaluators and companies. */
export function describeChanges(
  result: OneAtATimeResult,
  requirements: readonly Pick<Requirement, 'id' | 'ref'>[],
  evaluators: readonly Pick<Evaluator, 'id' | 'name'>[],
  vendors: readonly Named[]
): FirstPlaceChange[] {
  const company = (id: Id | null) => (id === null ? null : (vendors.find((v) => v.id === id)?.company ?? id));
  const from = company(result.base);
  return result.changes.map(({ varied, firstPlace }) =>
    varied.kind === 'points'
      ? {
          kind: 'points',
          ref: requirements.find((r) => r.id === varied.requirementId)?.ref ?? varied.requirementId,
          factor: varied.factor,
          from,
          to: company(firstPlace)
        }
      : {
          kind: 'evaluatorLeftOut',
          evaluator: evaluators.find((e) => e.id === varied.evaluatorId)?.name ?? varied.evaluatorId,
          from,
          to: company(firstPlace)
        }
  );
}
