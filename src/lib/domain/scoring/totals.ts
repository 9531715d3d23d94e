/**
 * The figures the price method publishes (`price.ts`): 価格点 and 総合評価点 (加算方式; with no price
 * method, the total is the rounded 技術点), 評価値 and the 基準評価値 gate (除算方式). Only a valid
 * bid is priced; the total and 評価値 are computed from the rounded components.
 */
import type { Requirement, ScoringSettings } from '../model';
import {
  evaluationValue,
  formulaParameters,
  lowestValidBid,
  meetsReferenceValue,
  priceMethodPublishes,
  pricePoints,
  referenceValue,
  totalPoints
} from '../price';
import { toRational } from '../rounding';
import type { EngineSettingsIssue } from '../settings';
import { figure, positive, sum } from './figure';
import type { Figure, Reason, VendorResult } from './types';

/** What the price figures of every vendor share. */
export interface PriceContext {
  settings: ScoringSettings;
  issues: readonly EngineSettingsIssue[];
  ceiling: number | null;
  scale: number | null;
  lowestBid: number | null;
  referenceValue: Figure | null;
}

export function priceContext(
  settings: ScoringSettings,
  issues: readonly EngineSettingsIssue[],
  ceiling: number | null,
  requirements: readonly Requirement[],
  /** `qualified`: passed every gate the price figures do not decide (`lowestValidBid`). */
  bids: readonly { bidStatus: VendorResult['bidStatus']; bid: number | null; qualified: boolean }[]
): PriceContext {
  const scale = positive(settings.divisionScale) ? settings.divisionScale : null;
  const baseTotal = sum(
    requirements.filter((r) => r.kind === 'mandatory').map((r) => toRational(r.basePoints))
  );
  const reference =
    priceMethodPublishes(settings).referenceValue && ceiling !== null && scale !== null
      ? figure(referenceValue(baseTotal, ceiling, scale), settings, 'referenceValue')
      : null;
  return { settings, issues, ceiling, scale, lowestBid: lowestValidBid(bids), referenceValue: reference };
}

export interface Totals {
  pricePoints: Figure | null;
  totalPoints: Figure | null;
  evaluationValue: Figure | null;
}

/** The vendor's price figures; pushes `belowReferenceValue` when the 基準評価値 gate fails. */
export function totalsOf(
  ctx: PriceContext,
  vendor: Pick<VendorResult, 'technicalPoints' | 'bid' | 'bidStatus'>,
  reasons: Reason[]
): Totals {
  const { settings, ceiling, scale, lowestBid } = ctx;
  const publishes = priceMethodPublishes(settings);
  const { technicalPoints: tech, bid } = vendor;
  const priced = vendor.bidStatus === 'valid' && bid !== null;
  let price: Figure | null = null;
  let total: Figure | null = null;
  let value: Figure | null = null;
  if (publishes.pricePoints) {
    if (
      priced &&
      !ctx.issues.includes('invalidAllocation') &&
      !ctx.issues.includes('missingPriceParameter')
    ) {
      const exact = pricePoints(settings.priceFormula, settings.priceAllocation, bid, {
        ceiling,
        lowestBid,
        ...formulaParameters(settings)
      });
      if (exact) price = figure(exact, settings, 'price');
      if (tech && price) total = figure(totalPoints(tech.rounded, price.rounded), settings, 'total');
    }
  } else if (publishes.evaluationValue) {
    if (priced && scale !== null && tech) {
      value = figure(evaluationValue(tech.rounded, bid, scale), settings, 'evaluationValue');
    }
  } else if (tech) {
    total = figure(tech.rounded, settings, 'total');
  }
  const reference = ctx.referenceValue;
  if (
    publishes.referenceValue &&
    settings.referenceValueGate &&
    reference &&
    value &&
    !meetsReferenceValue(value.rounded, reference.rounded)
  ) {
    reasons.push({ code: 'belowReferenceValue' });
  }
  return { pricePoints: price, totalPoints: total, evaluationValue: value };
}
