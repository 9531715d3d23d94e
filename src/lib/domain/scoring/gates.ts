/**
 * The gates a vendor passes before it is ranked: the mandatory pass rule (majority: more than half
 * of the evaluators; unanimous: all of them; a consensus verdict overrides), the bid status (the
 * recorded status, then the ceiling gate, then the low-bid investigation), the minimum 加点 and the
 * minimum 技術点. (An item graded at its lowest level is `level-points.ts`.)
 * The 基準評価値 gate needs the 評価値, so it is in `totals.ts`.
 */
import type { BidStatus, PassRule, ScoringSettings, Vendor } from '../model';
import { priceMethodPublishes, withinCeiling } from '../price';
import { compare, type Rational } from '../rounding';
import type { EngineSettingsIssue } from '../settings';
import { evaluatedBid } from '../tax';
import { positive } from './figure';
import type { Figure, Reason, VendorResult } from './types';

/** The pass rule over the whole panel: a missing verdict is not a pass. */
export function passesRule(passRule: PassRule, passes: number, panel: number): boolean {
  return passRule === 'majority' ? 2 * passes > panel : panel > 0 && passes === panel;
}

/** 予定価格 C when a price method gates the bids and the ceiling is usable; else null. */
export function ceilingOf(settings: ScoringSettings, issues: readonly EngineSettingsIssue[]): number | null {
  return priceMethodPublishes(settings).bids && !issues.includes('missingCeiling')
    ? settings.ceilingPrice
    : null;
}

export interface BidOutcome {
  bid: number | null;
  bidStatus: BidStatus;
  bidStatusReason: string;
  lowBid: VendorResult['lowBid'];
}

/**
 * The bid status: the recorded one (a stored `overCeiling` is decided again), then, when the
 * method reads bids, the ceiling gate (b ≤ C) and the 調査基準価格 (a bid below it, not equal, is
 * investigated; a rejected outcome makes it invalid). Pushes the reasons it finds.
 */
export function bidGate(
  vendor: Vendor,
  settings: ScoringSettings,
  ceiling: number | null,
  reasons: Reason[]
): BidOutcome {
  const onBasis = evaluatedBid(vendor, settings);
  const bid = positive(onBasis) ? onBasis : null;
  let bidStatus: BidStatus = vendor.bidStatus === 'overCeiling' ? 'valid' : vendor.bidStatus;
  let bidStatusReason = bidStatus === 'invalid' ? vendor.bidStatusReason : '';
  let lowBid: VendorResult['lowBid'] = null;
  if (bidStatus === 'withdrawn') reasons.push({ code: 'withdrawn' });
  else if (bidStatus === 'invalid') reasons.push({ code: 'invalidBid', reason: vendor.bidStatusReason });
  if (priceMethodPublishes(settings).bids && bidStatus === 'valid') {
    if (bid === null) reasons.push({ code: 'missingBid' });
    else if (ceiling !== null && !withinCeiling(bid, ceiling)) {
      bidStatus = 'overCeiling';
      reasons.push({ code: 'overCeiling' });
    } else if (positive(settings.lowBidThreshold) && compare(bid, settings.lowBidThreshold) < 0) {
      const outcome = vendor.lowBidInvestigation?.outcome ?? 'pending';
      lowBid = { outcome };
      if (outcome === 'rejected') {
        bidStatus = 'invalid';
        bidStatusReason = vendor.lowBidInvestigation?.note ?? '';
        reasons.push({ code: 'lowBidRejected' });
      }
    }
  }
  return { bid, bidStatus, bidStatusReason, lowBid };
}

/** The optional minimum 加点 total is not met (an incomplete 加点 is not judged). */
export function belowMinimumBonus(settings: ScoringSettings, bonus: Rational | null): boolean {
  const minimum = settings.minimumBonus;
  return minimum !== null && Number.isFinite(minimum) && bonus !== null && compare(bonus, minimum) < 0;
}

/**
 * The optional minimum 技術点 is not met: the published (rounded) 技術点 is below it. Exactly at the
 * minimum passes, as rules write "350点未満の者は除外". Gives the minimum when not met, else null
 * (also when there is no 技術点 to judge).
 */
export function belowMinimumTechnical(settings: ScoringSettings, technical: Figure | null): number | null {
  const minimum = settings.minimumTechnical;
  if (minimum === null || !Number.isFinite(minimum) || technical === null) return null;
  return compare(technical.rounded, minimum) < 0 ? minimum : null;
}
