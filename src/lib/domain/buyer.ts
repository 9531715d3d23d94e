/**
 * What the buyer kind (政府機関等 / 企業, `Procurement.buyerKind`) decides, in one place: the values a new
 * procurement starts with, and which government-only fields the forms show. A government body works under
 * the 統一基準: it states a 機密性 class, whether 要機密情報 is handled and the edition in force. An enterprise
 * has none of these, so its procurement stores "none" (class 1, no 要機密情報, edition `none`) rather than a
 * government default, and the forms hide them. 予定価格 and the 基準評価値 gate are shown to an enterprise only
 * when the chosen price formula needs them (`ceilingNeeded`) or a value is already set (so it can be cleared):
 * `buyer-fields.ts`, kept apart so that creating a procurement on the first page loads no price rule.
 */
import type { BuyerKind, Procurement, ScoringSettings } from './model';

/** The procurement fields that only the 統一基準 gives a meaning to. */
export type UnifiedStandardProfile = Pick<
  Procurement,
  'handlesConfidential' | 'confidentialityClass' | 'unifiedStandardEdition'
>;

const PROFILES: Readonly<Record<BuyerKind, UnifiedStandardProfile>> = {
  // 要機密情報 (機密性2) under the 令和5年度版: the common case of a government cloud procurement.
  government: { handlesConfidential: true, confidentialityClass: 2, unifiedStandardEdition: 'R5' },
  enterprise: { handlesConfidential: false, confidentialityClass: 1, unifiedStandardEdition: 'none' }
};

/** The scoring settings a buyer kind starts with, where they differ from `defaultSettings()`. */
const SETTINGS: Readonly<Record<BuyerKind, Partial<ScoringSettings>>> = {
  government: {},
  // The 基準評価値 gate is a government rule (Σ 基礎点 ÷ 予定価格 × S); an enterprise sets no such floor.
  enterprise: { referenceValueGate: false }
};

/** The 統一基準 fields a new procurement of this buyer kind starts with. */
export function buyerProfile(kind: BuyerKind): UnifiedStandardProfile {
  return { ...PROFILES[kind] };
}

/** The scoring settings of this buyer kind that differ from the common defaults. */
export function buyerSettings(kind: BuyerKind): Partial<ScoringSettings> {
  return { ...SETTINGS[kind] };
}

/**
 * The 統一基準 fields to store when the buyer kind is saved: an enterprise always stores its "none" values
 * (whatever a government procurement held before the switch); a government body keeps what it set.
 */
export function profileForKind(kind: BuyerKind, current: UnifiedStandardProfile): UnifiedStandardProfile {
  return kind === 'enterprise' ? buyerProfile(kind) : { ...current };
}
