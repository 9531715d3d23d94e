/**
 * Which buyer-dependent fields the forms show (the rule of `buyer.ts`): the 統一基準 fields to a government
 * body only; 予定価格 and the 基準評価値 gate to an enterprise only when the price formula needs them
 * (`ceilingNeeded`) or a value is set, so a hidden field never holds a value the criteria read.
 * The documents (scoring workbook, decision memo) follow the same answer for the settings they state:
 * an enterprise's documents name no 予定価格, 基準評価値 or gate it does not use; a government
 * body's are as they always were.
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
  /** 基準評価値 itself and its rounding (in 除算方式): an enterprise's only with the gate on. */
  referenceValue: boolean;
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
      referenceValue: division,
      subcontractorsCiteUnifiedStandard: true
    };
  }
  return {
    unifiedStandard: false,
    ceilingPrice: price && (ceilingNeeded(settings) || settings.ceilingPrice !== null),
    referenceValueGate: division && settings.referenceValueGate,
    referenceValue: division && settings.referenceValueGate,
    subcontractorsCiteUnifiedStandard: false
  };
}

/** Which buyer-dependent settings a document (scoring workbook, decision memo) states. */
export interface DocumentSettings {
  ceilingPrice: boolean;
  referenceValueGate: boolean;
  referenceValue: boolean;
}

/**
 * The settings a document states: a government body's documents state every one, as they always
 * have; an enterprise's only those its forms show (`buyerFields`), so its workbook and memo name no
 * 予定価格, 基準評価値 or gate its criteria do not use.
 */
export function documentSettings(
  kind: BuyerKind,
  settings: Pick<ScoringSettings, 'priceMethod' | 'priceFormula' | 'referenceValueGate' | 'ceilingPrice'>
): DocumentSettings {
  if (kind === 'government') return { ceilingPrice: true, referenceValueGate: true, referenceValue: true };
  const { ceilingPrice, referenceValueGate, referenceValue } = buyerFields(kind, settings);
  return { ceilingPrice, referenceValueGate, referenceValue };
}
