/**
 * Inputs whose published quotient lies within a hair of a rounding boundary, found analytically:
 * for a target integer k of the figure × 10^decimals (or k + ½ for half-up), the bid is solved from
 * k·b ≡ δ (mod 10^n) so that the exact value is δ/b below (δ > 0) or above (δ < 0) the boundary.
 * Deterministic (seeded). Each case carries what the engine and a workbook row need.
 */
import { defaultSettings } from '$lib/domain/defaults';
import type { ScoringSettings } from '$lib/domain/model';
import { evaluationValue, pricePoints } from '$lib/domain/price';
import { roundRational } from '$lib/domain/rounding';
import { mulberry32 } from '$lib/domain/stability';

export type NearFigure = 'evaluationValue' | 'standard' | 'lowestRatio' | 'withFloor' | 'reducedSlope';

export interface NearCase {
  figure: NearFigure;
  mode: 'floor' | 'halfUp';
  /** 技術点 with 2 decimals (評価値). */
  technical: number;
  bid: number;
  /** 予定価格 (standard). */
  ceiling: number;
  /** 最低入札価格 (lowestRatio). */
  lowest: number;
  /** 基礎価格 F (withFloor), 基準額 T (reducedSlope, with r = `NEAR.slopeFactor`); 0 when unused. */
  floor: number;
  threshold: number;
  /** δ: the exact value × 10^decimals (× 2 for half-up) is δ ÷ b below the boundary. */
  delta: number;
}

/** S = 10^8, 評価値 at 4 decimals, 技術点 at 2; P = 50, 価格点 at 2. */
export const NEAR = {
  scale: 100_000_000,
  allocation: 50,
  evaluationDecimals: 4,
  priceDecimals: 2,
  slopeFactor: 0.5
} as const;

function inverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new RangeError('not invertible');
  return ((s0 % m) + m) % m;
}

const mod = (a: bigint, m: bigint): bigint => ((a % m) + m) % m;

/** An integer in [lo, hi) not divisible by 2 or 5. */
function coprimeTo10(next: () => number, lo: number, hi: number): bigint {
  for (;;) {
    const k = lo + Math.floor(next() * (hi - lo));
    if (k % 2 !== 0 && k % 5 !== 0) return BigInt(k);
  }
}

/**
 * `count` cases of each figure and mode. 評価値: units = 技術点×100 × 10^10 ÷ b (S × 10^4 ÷ 10^2),
 * bids 2×10^8 – 10^12; 価格点: units = 5000 × min ÷ b or 5000 × (C − b) ÷ C, bids 10^10 – 10^12.
 */
export function nearBoundaryCases(count: number, seed = 1): NearCase[] {
  const next = mulberry32(seed);
  const cases: NearCase[] = [];
  const deltas = [1n, 2n, 3n, -1n, -2n];
  for (const mode of ['floor', 'halfUp'] as const) {
    const half = mode === 'halfUp' ? 2n : 1n;
    // 評価値: (k or 2k+1)·b − half·Tn·10^10 = δ.
    const evMod = half * 10n ** 10n;
    for (let found = 0; found < count;) {
      // k (floor) or 2k + 1 (half-up): odd and not a multiple of 5, so invertible modulo 2·10^10.
      const m = coprimeTo10(next, 50_000, 3_000_000);
      const delta = deltas[found % deltas.length]!;
      const base = mod(delta * inverse(m, evMod), evMod);
      const bid = base + evMod * BigInt(Math.floor(next() * 3));
      const tn = (m * bid - delta) / evMod;
      if (bid < 200_000_000n || bid > 1_000_000_000_000n || tn < 1_000n || tn > 200_000n) continue;
      if ((m * bid - delta) % evMod !== 0n) continue;
      cases.push({
        figure: 'evaluationValue',
        mode,
        technical: Number(tn) / 100,
        bid: Number(bid),
        ceiling: 0,
        lowest: 0,
        floor: 0,
        threshold: 0,
        delta: Number(delta)
      });
      found++;
    }
    // 価格点 lowestRatio: m·b − half·5000·min = δ; standard: m·C − half·5000·(C − b) = δ. The same
    // pair (amount, other) gives withFloor: C − F = amount, C − b = other (F drawn); and reducedSlope
    // with r = ½ below T: 5000 × [2(C − T) + (T − b)] ÷ 2C, so amount = 2C (even), other = 2C − T − b.
    const priceMod = half * 5000n;
    for (const figure of ['lowestRatio', 'standard', 'withFloor', 'reducedSlope'] as const) {
      for (let found = 0; found < count;) {
        const raw = coprimeTo10(next, 1, 5000);
        const m = half === 2n ? 2n * raw + 1n : raw;
        if (m % 5n === 0n || m >= priceMod) continue;
        // reducedSlope needs an even amount: with m odd, an even δ gives one.
        const delta = (figure === 'reducedSlope' ? 2n : 1n) * deltas[found % deltas.length]!;
        const r = mod(delta * inverse(m, priceMod), priceMod);
        const big = BigInt(Math.floor(1e10 + next() * 9.9e11));
        const amount = big - mod(big, priceMod) + r;
        const other = (m * amount - delta) / priceMod;
        if (other <= 0n || other >= amount || (m * amount - delta) % priceMod !== 0n) continue;
        const none = { technical: 0, ceiling: 0, lowest: 0, floor: 0, threshold: 0, delta: Number(delta) };
        if (figure === 'lowestRatio') {
          cases.push({ ...none, figure, mode, bid: Number(amount), lowest: Number(other) });
        } else if (figure === 'standard') {
          cases.push({ ...none, figure, mode, bid: Number(amount - other), ceiling: Number(amount) });
        } else if (figure === 'withFloor') {
          const floor = BigInt(1 + Math.floor(next() * 1e9));
          const ceiling = amount + floor;
          if (ceiling > 1_000_000_000_000n) continue;
          cases.push({
            ...none,
            figure,
            mode,
            bid: Number(ceiling - other),
            ceiling: Number(ceiling),
            floor: Number(floor)
          });
        } else {
          // T + b = amount − other with b ≤ T < C = amount ÷ 2.
          if (amount % 2n !== 0n) continue;
          const ceiling = amount / 2n;
          const sum = amount - other;
          const low = sum - ceiling + 1n > 1n ? sum - ceiling + 1n : 1n;
          const high = sum / 2n;
          if (high < low) continue;
          const bid =
            high - BigInt(Math.floor(next() * Number(high - low + 1n > 1000n ? 1000n : high - low + 1n)));
          const threshold = sum - bid;
          if (!(bid >= 1n && bid <= threshold && threshold < ceiling)) continue;
          cases.push({
            ...none,
            figure,
            mode,
            bid: Number(bid),
            ceiling: Number(ceiling),
            threshold: Number(threshold)
          });
        }
        found++;
      }
    }
  }
  return cases;
}

/** The settings a case is scored with. */
export function nearSettings(c: Pick<NearCase, 'figure' | 'mode' | 'floor' | 'threshold'>): ScoringSettings {
  const base = defaultSettings();
  return {
    ...base,
    priceMethod: c.figure === 'evaluationValue' ? 'division' : 'additive',
    priceFormula: c.figure === 'evaluationValue' ? 'standard' : c.figure,
    floorPrice: c.figure === 'withFloor' ? c.floor : null,
    slopeThreshold: c.figure === 'reducedSlope' ? c.threshold : null,
    slopeFactor: NEAR.slopeFactor,
    priceAllocation: NEAR.allocation,
    divisionScale: NEAR.scale,
    rounding: {
      ...base.rounding,
      mode: c.mode,
      technicalDecimals: 2,
      priceDecimals: NEAR.priceDecimals,
      evaluationValueDecimals: NEAR.evaluationDecimals
    }
  };
}

/** The engine's figure for the case (`domain/price.ts`, rounded by `domain/rounding.ts`). */
export function engineFigure(c: NearCase): number {
  const s = nearSettings(c);
  if (c.figure === 'evaluationValue') {
    return roundRational(evaluationValue(c.technical, c.bid, NEAR.scale), NEAR.evaluationDecimals, c.mode);
  }
  const exact = pricePoints(s.priceFormula, NEAR.allocation, c.bid, {
    ceiling: c.ceiling,
    lowestBid: c.lowest,
    floorPrice: c.floor,
    slopeThreshold: c.threshold,
    slopeFactor: NEAR.slopeFactor
  })!;
  return roundRational(exact, NEAR.priceDecimals, c.mode);
}
