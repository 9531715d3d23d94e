/**
 * Which buyer-dependent fields the forms show (the rule of `buyer.ts`): the 統一基準 fields to a government
 * body only; 予定価格 and the 基準評価値 gate to an enterprise only when the price formula needs them
 * (`ceilingNeeded`) or a value is set, so a hidden field never holds a value the criteria read.
 */
import type { BuyerKind, ScoringSettings } from './model';
import { ceilingNeeded } from './price';

/** Which buyer-dependent fields a form shows. */
export interface BuyerFields {
  /** 要機密情報, 機密性 class and 統一基準 edition. */
  unifiedStandard: boolean;
  /** 予定価格 (in a price method). */
  ceilingPrice: boolean;
  /** The 基準評価値 gate (in 除算方式). */
  referenceValueGate: boolean;
  /** The subcontractor section opens by citing the 統一基準's demand to judge subcontractors. */
  subcontractorsCiteUnifiedStandard: boolean;
}

export function buyerFields(
  kind: BuyerKind,
  settings: Pick<ScoringSettings, 'priceMethod' | 'priceFormula' | 'referenceValueGate' | 'ceilingPrice'>
): BuyerFields {
  const price = settings.priceMethod !== 'none';
  const division = settings.priceMethod === 'division';
  if (kind === 'government') {
    return {
      unifiedStandard: true,
      ceilingPrice: price,
      referenceValueGate: division,
      subcontractorsCiteUnifiedStandard: true
    };
  }
  return {
    unifiedStandard: false,
    ceilingPrice: price && (ceilingNeeded(settings) || settings.ceilingPrice !== null),
    referenceValueGate: division && settings.referenceValueGate,
    subcontractorsCiteUnifiedStandard: false
  };
}
