/**
 * Procurements for the workbook tests and bench: the worked example of scoring-method.md written as
 * a compact scenario (one character per evaluator: `p`/`f` verdicts, rubric codes, `-` missing), and
 * seeded random procurements of any size. Deterministic: same arguments, same bundle.
 */
import type { ProcurementBundle, Response, ScoringSettings } from '$lib/domain/model';
import { mulberry32 } from '$lib/domain/stability';
import {
  JA_LABELS,
  scenarioInput,
  testBundle,
  TEST_AT as AT,
  TEST_PROCUREMENT_ID as P,
  type Scenario as InputScenario,
  type VendorScenario
} from './fixtures';

export { WORKED_EXAMPLE } from './fixtures';
export type { VendorScenario };

export interface Scenario extends InputScenario {
  /** Whether to lock the criteria (version 1); locked by default. */
  locked?: boolean;
}

export function scenarioBundle(s: Scenario): ProcurementBundle {
  return testBundle(scenarioInput(s, JA_LABELS), s.locked === false ? { criteriaVersions: [] } : {});
}

/** Three vendors, two of them tied on total and 技術点 (X and Y), the tie settled by lot for Y. */
export const TIED: Scenario = {
  vendors: {
    X: { mandatory: ['ppp', 'ppp'], scored: ['ABB', 'BBB', 'CCC'], bid: 9_000_000 },
    Y: { mandatory: ['ppp', 'ppp'], scored: ['BAB', 'BBB', 'CCC'], bid: 9_000_000 },
    Z: { mandatory: ['ppp', 'ppp'], scored: ['CCC', 'CCC', 'CCC'], bid: 9_000_000 }
  },
  tieResolutions: [{ vendorIds: ['X', 'Y'], winnerId: 'Y' }]
};

export interface RandomOptions {
  vendors: number;
  requirements: number;
  evaluators: number;
  seed: number;
  settings?: Partial<ScoringSettings>;
  /** Share of mandatory requirements (default 0.2). */
  mandatoryShare?: number;
  /** Leave the last vendor's bid unrecorded. */
  missingBid?: boolean;
  /** Record a few consensus grades. */
  consensus?: boolean;
  /** Leave about 3 % of the scored grades unrecorded. */
  gaps?: boolean;
  /** Write an answer with explanation for every vendor and requirement. */
  responses?: boolean;
  /**
   * Vendors that cannot be ranked, each with the lowest bid so far: V03 不合格 (fails m1 unanimously),
   * V04 無効, V05 辞退 and V06 over the ceiling (needs 6 vendors; the others are drawn as usual).
   */
  unranked?: boolean;
}

/**
 * A seeded random procurement: points 1–30 (some with decimals), mostly passing mandatory verdicts,
 * levels skewed towards the top, bids around 80–105 % of the ceiling.
 */
export function randomBundle(o: RandomOptions): ProcurementBundle {
  const next = mulberry32(o.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const codes = ['A', 'A', 'B', 'B', 'B', 'C', 'C', 'D', 'E'];
  const vendors: Record<string, VendorScenario> = {};
  const share = o.mandatoryShare ?? 0.2;
  const mandatoryCount = Math.max(1, Math.round(o.requirements * share));
  const scoredCount = o.requirements - mandatoryCount;
  const mandatory = Array.from({ length: mandatoryCount }, () => pick([5, 10, 10, 20]));
  const scored = Array.from({ length: scoredCount }, () => pick([1, 2, 3, 5, 7.5, 10, 12.5, 15, 20, 30]));
  const ceiling = 10_000_000;
  for (let v = 0; v < o.vendors; v++) {
    const id = `V${String(v + 1).padStart(2, '0')}`;
    vendors[id] = {
      company: v === 1 ? '=HYPERLINK("http://evil.example","x")' : `株式会社テスト${v + 1}`,
      mandatory: mandatory.map(() =>
        Array.from({ length: o.evaluators }, () => (next() < 0.93 ? 'p' : 'f')).join('')
      ),
      scored: scored.map(() =>
        Array.from({ length: o.evaluators }, () => (o.gaps && next() < 0.03 ? '-' : pick(codes))).join('')
      ),
      bid:
        o.missingBid && v === o.vendors - 1
          ? null
          : Math.round(((0.8 + next() * 0.25) * ceiling) / 1000) * 1000
    };
  }
  if (o.unranked) {
    const fail = 'f'.repeat(o.evaluators);
    vendors['V03'] = {
      ...vendors['V03']!,
      mandatory: [fail, ...vendors['V03']!.mandatory.slice(1)],
      bid: 5_000_000
    };
    vendors['V04'] = {
      ...vendors['V04']!,
      bid: 5_100_000,
      status: 'invalid',
      statusReason: '入札書の記載不備'
    };
    vendors['V05'] = { ...vendors['V05']!, bid: 5_200_000, status: 'withdrawn' };
    vendors['V06'] = { ...vendors['V06']!, bid: ceiling + 1 };
  }
  const consensus: Scenario['consensus'] = o.consensus
    ? [
        { vendor: 'V01', item: 's1', level: 'A', reason: '合議により A とする' },
        { vendor: 'V01', item: 'm1', verdict: 'pass' },
        { vendor: `V${String(Math.min(o.vendors, 2)).padStart(2, '0')}`, item: 's2', level: 'D' }
      ]
    : [];
  const bundle = scenarioBundle({
    mandatory,
    scored,
    evaluators: o.evaluators,
    vendors,
    consensus,
    settings: { ceilingPrice: ceiling, ...o.settings }
  });
  if (o.responses) {
    const answers = ['full', 'partial', 'none'] as const;
    const responses: Response[] = [];
    for (const vendor of bundle.vendors) {
      for (const req of bundle.requirements) {
        const answer = pick(answers);
        responses.push({
          id: `${vendor.id}-${req.id}`,
          procurementId: P,
          vendorId: vendor.id,
          requirementId: req.id,
          answer,
          explanation: `当社サービスでは ${req.ref} の管理策を実施しており、年次の外部監査で確認を受けている。`,
          evidenceRefs: `ホワイトペーパー p.${(req.order % 80) + 1}`,
          updatedAt: AT,
          source: 'import'
        });
      }
    }
    bundle.responses = responses;
  }
  return bundle;
}
