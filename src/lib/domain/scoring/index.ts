/**
 * The scoring engine of `scoring-method.md`: verdicts and levels in, every published figure out,
 * with the gates, the bid status, the rank and the disagreement flags. Pure: no clock, no ids.
 *
 * Arithmetic is exact (`Rational`) until the rounding step of each published figure; every figure
 * comes back as its exact value, its exact rounded value and the double of the rounded value, so
 * the UI can explain a number. 技術点 is rounded from the exact sum; 総合評価点 is the rounded
 * 技術点 plus the rounded 価格点, rounded; 評価値 is the rounded 技術点 ÷ 入札価格 × S.
 *
 * Figures are computed whenever their inputs allow, also for an unqualified or incomplete vendor
 * (to explain them); `qualified` and `rank` decide what is published. A missing grade never counts
 * as level E here: an item mean is over the grades present (provisional), the vendor is
 * `complete: false` and not qualified (`missingGrades`). Entities are processed in their `order`
 * (then id), so the order of the input arrays changes nothing.
 *
 * Stages: `grade-index` (which grade counts, by position) → `item-means` (pattern means, shared
 * exact scores) → `technical` (基礎点 + 加点) → `gates` (pass rule, bid status, minimum 加点) →
 * `totals` (the price method's figures, `price.ts`) → `rank`.
 */
import { levelFactors } from '../level-points';
import { lowestValidBid } from '../price';
import { toRational } from '../rounding';
import { byPosition } from '../records';
import { engineSettingsIssues } from '../settings';
import { belowMinimumBonus, belowMinimumTechnical, bidGate, ceilingOf } from './gates';
import { indexInput } from './grade-index';
import { itemMeans } from './item-means';
import { rankVendors } from './rank';
import { pointsOf } from '../spec-points';
import { technicalOf } from './technical';
import { priceContext, totalsOf } from './totals';
import type { Disagreement, MissingGrade, Reason, ScoringInput, ScoringResult, VendorResult } from './types';

export type * from './types';

export function scoreProcurement(input: ScoringInput): ScoringResult {
  const { settings } = input;
  const requirements = [...input.requirements].sort(byPosition);
  const evaluators = [...input.evaluators].sort(byPosition);
  const vendors = [...input.vendors].sort(byPosition);
  const index = indexInput(
    vendors,
    requirements,
    evaluators,
    input.grades,
    input.consensus,
    settings.rubric.map((level) => level.code)
  );
  const means = itemMeans(
    settings,
    requirements.map(pointsOf),
    evaluators.length,
    index.answers,
    index.evaluatorSlots.of
  );
  const settingsIssues = engineSettingsIssues(settings);
  const ceiling = ceilingOf(settings, settingsIssues);
  const ctx = {
    settings,
    requirements,
    evaluators,
    grades: input.grades,
    index,
    means,
    levelFactors: requirements.map((r) => levelFactors(r, settings.rubric)),
    rubricFactors: settings.rubric.map((l) => toRational(Number.isFinite(l.factor) ? l.factor : 0)),
    ownMeans: []
  };

  const partial = vendors.map((vendor, vi) => {
    const technical = technicalOf(ctx, vendor, vi);
    const reasons: Reason[] = [];
    for (const m of technical.mandatory) {
      if (!m.passed) reasons.push({ code: 'mandatoryFailed', requirementId: m.requirementId, ref: m.ref });
    }
    for (const item of technical.scored) {
      if (item.atLowest)
        reasons.push({ code: 'lowestLevel', requirementId: item.requirementId, ref: item.ref });
    }
    const bid = bidGate(vendor, settings, ceiling, reasons);
    if (belowMinimumBonus(settings, technical.bonusExact)) reasons.push({ code: 'belowMinimumBonus' });
    const minimumTechnical = belowMinimumTechnical(settings, technical.technicalPoints);
    if (minimumTechnical !== null) reasons.push({ code: 'belowMinimumTechnical', minimum: minimumTechnical });
    return { vendor, technical, ...bid, reasons };
  });

  // The lowest bid a price formula reads is a bid of a vendor that can be ranked: one that passed
  // every gate the price figures do not decide (in 加算方式 that is every gate).
  const price = priceContext(
    settings,
    settingsIssues,
    ceiling,
    requirements,
    partial.map((p) => ({
      bidStatus: p.bidStatus,
      bid: p.bid,
      qualified:
        p.reasons.length === 0 && p.technical.missing.length === 0 && p.technical.technicalPoints !== null
    }))
  );
  const results: VendorResult[] = partial.map((p) => {
    const { technical: t } = p;
    const reasons = [...p.reasons];
    const totals = totalsOf(
      price,
      { technicalPoints: t.technicalPoints, bid: p.bid, bidStatus: p.bidStatus },
      reasons
    );
    const gradeGaps = t.missing.length;
    if (gradeGaps) reasons.push({ code: 'missingGrades', count: gradeGaps });
    return {
      vendorId: p.vendor.id,
      mandatory: t.mandatory,
      scored: t.scored,
      basePoints: t.basePoints,
      bonusPoints: t.bonusPoints,
      technicalPoints: t.technicalPoints,
      ...totals,
      bid: p.bid,
      bidStatus: p.bidStatus,
      bidStatusReason: p.bidStatusReason,
      lowBid: p.lowBid,
      qualified: reasons.length === 0,
      reasons,
      complete: gradeGaps === 0,
      missing: t.missing,
      disagreements: t.disagreements,
      rank: null,
      tie: false,
      tiedWith: []
    };
  });

  const { ranked, ties } = rankVendors(results, settings, input.tieResolutions ?? []);

  // Concatenated by hand: `flatMap` copies element by element, slowly for ~10⁴ disagreements.
  const missing: MissingGrade[] = [];
  const disagreements: Disagreement[] = [];
  for (const r of results) {
    for (const m of r.missing) missing.push(m);
    for (const d of r.disagreements) disagreements.push(d);
  }
  return {
    vendors: results,
    ranking: ranked.map((r) => r.vendorId),
    referenceValue: price.referenceValue,
    // Published over the vendors that passed every gate (in 除算方式 also the 基準評価値 gate).
    lowestBid: lowestValidBid(results),
    ties,
    complete: results.every((r) => r.complete || r.bidStatus === 'withdrawn'),
    missing,
    disagreements,
    settingsIssues
  };
}
