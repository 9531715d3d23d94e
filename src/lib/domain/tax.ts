/**
 * The tax basis of amounts (税込 / 税抜). Prices are evaluated on one basis (`priceTaxIncluded`);
 * an amount typed on the other is converted at the procurement's consumption-tax rate, exactly
 * (BigInt fractions) and then 円未満切捨て, as 入札公告 state it for the 落札価格:
 *   税抜 → 税込 = ⌊typed × (100 + rate) ÷ 100⌋,  税込 → 税抜 = ⌊typed × 100 ÷ (100 + rate)⌋.
 * The price rule itself (`price.ts`) only ever sees amounts already on the evaluation basis.
 * Sources: 税抜→税込 is the standard 入札公告 clause (入札書の金額に 100分の10 を加算、1円未満の端数は
 * 切捨て; high confidence). 税込→税抜 has no 入札 clause; 積算基準 derive a 税抜 unit price as
 * 内税単価 ÷ (1 + 税率), 1円未満切捨て (medium confidence). A separate module from `price.ts` because
 * conversion is about what an amount is, not how it is scored, and readers of amounts need it alone.
 */
import type { ScoringSettings, TaxBasis, TypedAmount, Vendor } from './model';
import { add, div, mul, roundToRational, toNumber } from './rounding';

/** The conversion's rounding: 円未満切捨て (toward zero; amounts are positive). */
export const TAX_CONVERSION_ROUNDING = 'floor' as const;

type TaxSettings = Pick<ScoringSettings, 'priceTaxIncluded' | 'consumptionTaxRate'>;

/** The basis prices are evaluated on. */
export function evaluationBasis(settings: Pick<ScoringSettings, 'priceTaxIncluded'>): TaxBasis {
  return settings.priceTaxIncluded ? 'included' : 'excluded';
}

/** Whole yen on `from` as whole yen on `to`, at `ratePercent` (10 for 10 %), 円未満切捨て. */
export function convertTaxBasis(yen: number, from: TaxBasis, to: TaxBasis, ratePercent: number): number {
  if (from === to) return yen;
  const gross = add(100, ratePercent);
  const exact = to === 'included' ? div(mul(yen, gross), 100) : div(mul(yen, 100), gross);
  return toNumber(roundToRational(exact, 0, TAX_CONVERSION_ROUNDING));
}

/** A typed amount on the evaluation basis: the figure the price rule reads. */
export function toEvaluationBasis(typed: TypedAmount, settings: TaxSettings): number {
  return convertTaxBasis(typed.yen, typed.taxBasis, evaluationBasis(settings), settings.consumptionTaxRate);
}

/** The amount on both bases: the typed one as typed, the other converted. */
export function onBothBases(typed: TypedAmount, settings: TaxSettings): Record<TaxBasis, number> {
  const rate = settings.consumptionTaxRate;
  return {
    included: convertTaxBasis(typed.yen, typed.taxBasis, 'included', rate),
    excluded: convertTaxBasis(typed.yen, typed.taxBasis, 'excluded', rate)
  };
}

/**
 * How an amount was typed: its record, or — for an amount stored before amounts had a basis, or
 * set without one — the stored yen, typed in 円 on the evaluation basis.
 */
export function typedAmountOf(
  yen: number,
  typed: TypedAmount | null,
  settings: Pick<ScoringSettings, 'priceTaxIncluded'>
): TypedAmount {
  return typed ?? { yen, unit: 'yen', taxBasis: evaluationBasis(settings) };
}

/**
 * 入札価格 on the evaluation basis under `settings`: converted from the bid as typed, so a bid
 * stays right if the criteria's basis or rate change after it was entered; a bid stored without
 * one reads as typed on the evaluation basis.
 */
export function evaluatedBid(
  vendor: Pick<Vendor, 'bidPrice' | 'bidTyped'>,
  settings: TaxSettings
): number | null {
  if (vendor.bidPrice === null) return null;
  return vendor.bidTyped ? toEvaluationBasis(vendor.bidTyped, settings) : vendor.bidPrice;
}
