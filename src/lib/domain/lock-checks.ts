/**
 * The checks shown before the criteria lock (評価基準の確定前の確認). Each check is coded, located
 * by requirement refs and either blocks the lock or warns:
 * - block: every problem of `validateCriteria` (which includes `validateSettings`, e.g. a missing
 *   予定価格 for a 除算方式 with the 基準評価値 gate), and each pair of duplicate requirements
 *   (`domain/duplicates.ts`) until it is resolved in the specification or kept with a written reason;
 * - warn: a stated 技術点:価格点 that differs from the criteria's own or cannot apply (no 加算方式),
 *   a 必須 item holding 加点, a rubric that cannot separate vendors or never gives full points, and
 *   requirements that accept no attestation as evidence.
 * The help page's section "Checks before the lock" states the same split in the method's terms.
 */
import { REOPEN_REASON_MIN, validateCriteria } from './criteria';
import { duplicateKey, findDuplicates, type DuplicateReason } from './duplicates';
import { exactText } from './formula-preview';
import type { Issue } from './issues';
import type { PriceMethod, Requirement, ScoringSettings } from './model';
import { add, compare, div, mul, toNumber, toRational, type Rational } from './rounding';
import { pointsOf } from './spec-points';

export type LockCheckSeverity = 'block' | 'warn';

export type LockCheckCode =
  | 'criteria'
  | 'duplicate'
  | 'ratioMismatch'
  | 'ratioNotApplicable'
  | 'mandatoryBonus'
  | 'rubricNoSpread'
  | 'rubricNoFullLevel'
  | 'noEvidence';

export interface LockCheck {
  code: LockCheckCode;
  severity: LockCheckSeverity;
  /** Requirement refs concerned, in specification order (empty for a check of the settings). */
  refs: string[];
  params: Record<string, string | number>;
  /** `criteria`: the problem as `validateCriteria` reports it. */
  issue?: Issue;
  /** `duplicate`: the pair's key and why; a written reason lifts the block. */
  duplicate?: { key: string; reason: DuplicateReason; firstId: string; secondId: string };
}

/** The criteria's 技術点:価格点, as the lock dialog states it. */
export interface RatioSummary {
  technical: number;
  price: number;
  /** Lowest terms, e.g. 27 and 10 for 135:50. */
  reduced: { technical: string; price: string };
  /** 技術点 per 1 価格点, exact up to 4 decimals (`…` when cut), e.g. `2.7`. */
  perPrice: string;
}

export interface LockSummary {
  /** Σ 基礎点 of the 必須 items and Σ maximum 加点 of the 任意 items; their sum is the 技術点 maximum. */
  mandatoryCount: number;
  mandatoryPoints: number;
  scoredCount: number;
  scoredPoints: number;
  technicalMax: number;
  priceMethod: PriceMethod;
  /** 価格点配分 in 加算方式; null for 除算方式 or none (no 価格点 to set against the 技術点). */
  priceAllocation: number | null;
  /** Null when there is no price allocation to compare with. */
  ratio: RatioSummary | null;
  stated: ScoringSettings['statedRatio'];
}

/** A kept duplicate: the pair's key and the written reason. */
export interface DuplicateDecision {
  key: string;
  reason: string;
}

export interface LockChecks {
  summary: LockSummary;
  checks: LockCheck[];
}

/** Points summed exactly (0.1 + 0.2 is 0.3), as the nearest double for display. */
function exactSum(values: number[]): Rational {
  return values.reduce<Rational>((total, x) => add(total, Number.isFinite(x) ? x : 0), toRational(0));
}

const sum = (values: number[]): number => toNumber(exactSum(values));

function ratioOf(technical: Rational, price: Rational): Omit<RatioSummary, 'technical' | 'price'> {
  const r = div(technical, price);
  return { reduced: { technical: String(r.n), price: String(r.d) }, perPrice: exactText(r, 4) };
}

function summarise(requirements: readonly Requirement[], settings: ScoringSettings): LockSummary {
  const mandatory = requirements.filter((r) => r.kind === 'mandatory');
  const scored = requirements.filter((r) => r.kind === 'scored');
  const mandatoryPoints = exactSum(mandatory.map(pointsOf));
  const scoredPoints = exactSum(scored.map(pointsOf));
  const technical = add(mandatoryPoints, scoredPoints);
  const allocation =
    settings.priceMethod === 'additive' && Number.isFinite(settings.priceAllocation)
      ? settings.priceAllocation
      : null;
  const hasRatio = allocation !== null && allocation > 0 && technical.n > 0n;
  return {
    mandatoryCount: mandatory.length,
    mandatoryPoints: toNumber(mandatoryPoints),
    scoredCount: scored.length,
    scoredPoints: toNumber(scoredPoints),
    technicalMax: toNumber(technical),
    priceMethod: settings.priceMethod,
    priceAllocation: allocation,
    ratio: hasRatio
      ? { technical: toNumber(technical), price: allocation, ...ratioOf(technical, toRational(allocation)) }
      : null,
    stated: settings.statedRatio
  };
}

function ratioChecks(summary: LockSummary, settings: ScoringSettings): LockCheck[] {
  const stated = settings.statedRatio;
  if (!stated) return [];
  const statedText = `${exactText(toRational(stated.technical), 6)}:${exactText(toRational(stated.price), 6)}`;
  if (!summary.ratio) {
    return [
      {
        code: 'ratioNotApplicable',
        severity: 'warn',
        refs: [],
        params: { stated: statedText, method: settings.priceMethod }
      }
    ];
  }
  const { technical, price } = summary.ratio;
  // technical : price = stated.technical : stated.price, compared exactly (cross-multiplied).
  const same = compare(mul(technical, stated.price), mul(price, stated.technical)) === 0;
  if (same) return [];
  const statedPer = exactText(div(stated.technical, stated.price), 4);
  return [
    {
      code: 'ratioMismatch',
      severity: 'warn',
      refs: [],
      params: {
        technical: exactText(toRational(technical), 6),
        price: exactText(toRational(price), 6),
        perPrice: summary.ratio.perPrice,
        stated: statedText,
        statedPerPrice: statedPer
      }
    }
  ];
}

function duplicateChecks(requirements: readonly Requirement[]): LockCheck[] {
  return findDuplicates(requirements).map((pair) => ({
    code: 'duplicate',
    severity: 'block',
    refs: [pair.first.ref, pair.second.ref],
    params: {
      first: pair.first.ref,
      second: pair.second.ref,
      control: pair.control ?? '',
      similarity: pair.similarity === undefined ? '' : Math.floor(pair.similarity * 100)
    },
    duplicate: {
      key: duplicateKey(pair),
      reason: pair.reason,
      firstId: pair.first.id,
      secondId: pair.second.id
    }
  }));
}

function itemChecks(ordered: readonly Requirement[], settings: ScoringSettings): LockCheck[] {
  const checks: LockCheck[] = [];
  const withBonus = ordered.filter((r) => r.kind === 'mandatory' && r.points > 0);
  if (withBonus.length) {
    checks.push({
      code: 'mandatoryBonus',
      severity: 'warn',
      refs: withBonus.map((r) => r.ref),
      params: { count: withBonus.length, points: sum(withBonus.map((r) => r.points)) }
    });
  }
  const hasScored = ordered.some((r) => r.kind === 'scored');
  const factors = Array.isArray(settings.rubric) ? settings.rubric.map((l) => l.factor) : [];
  if (hasScored && factors.length >= 2) {
    if (factors.every((f) => f === factors[0])) {
      checks.push({ code: 'rubricNoSpread', severity: 'warn', refs: [], params: { factor: factors[0]! } });
    } else if (!factors.includes(1)) {
      checks.push({
        code: 'rubricNoFullLevel',
        severity: 'warn',
        refs: [],
        params: { factor: Math.max(...factors) }
      });
    }
  }
  const noEvidence = ordered.filter((r) => r.acceptedAttestations.length === 0);
  if (noEvidence.length) {
    checks.push({
      code: 'noEvidence',
      severity: 'warn',
      refs: noEvidence.map((r) => r.ref),
      params: { count: noEvidence.length }
    });
  }
  return checks;
}

/** Every check before the lock, blocking ones first, and the figures the dialog states. */
export function lockChecks(requirements: readonly Requirement[], settings: ScoringSettings): LockChecks {
  const ordered = [...requirements].sort((a, b) => a.order - b.order);
  const summary = summarise(ordered, settings);
  const criteria: LockCheck[] = validateCriteria(ordered, settings).map((issue) => ({
    code: 'criteria',
    severity: 'block',
    refs: issue.params?.ref !== undefined ? [String(issue.params.ref)] : [],
    params: {},
    issue
  }));
  const checks = [
    ...criteria,
    ...duplicateChecks(ordered),
    ...ratioChecks(summary, settings),
    ...itemChecks(ordered, settings)
  ];
  return { summary, checks };
}

/** Whether a written reason is long enough to keep a duplicate (as long as a reopen's). */
export function reasonAccepted(reason: string | undefined): boolean {
  return (reason ?? '').trim().length >= REOPEN_REASON_MIN;
}

/** The checks that still stop the lock: every block, less the duplicates kept with a reason. */
export function blockingChecks(
  checks: readonly LockCheck[],
  decisions: readonly DuplicateDecision[]
): LockCheck[] {
  const kept = new Set(decisions.filter((d) => reasonAccepted(d.reason)).map((d) => d.key));
  return checks.filter((c) => c.severity === 'block' && !(c.duplicate && kept.has(c.duplicate.key)));
}
