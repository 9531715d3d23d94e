/**
 * Procurements for the workbook tests and bench: the worked example of scoring-method.md written as
 * a compact scenario (one character per evaluator: `p`/`f` verdicts, rubric codes, `-` missing), and
 * seeded random procurements of any size. Deterministic: same arguments, same bundle.
 */
import { defaultSettings, newEvaluator, newProcurement, newVendor } from '../domain/defaults';
import type {
  Consensus,
  CriteriaVersion,
  Grade,
  ProcurementBundle,
  Requirement,
  Response,
  ScoringSettings,
  Vendor
} from '../domain/model';
import { mulberry32 } from '../domain/stability';

const P = 'p1';
const AT = '2025-01-01T00:00:00.000Z';

export interface VendorScenario {
  company?: string;
  /** One string per mandatory item, one character per evaluator. */
  mandatory: string[];
  scored: string[];
  bid?: number | null;
  status?: Vendor['bidStatus'];
  statusReason?: string;
}

export interface Scenario {
  mandatory?: number[];
  scored?: number[];
  evaluators?: number;
  vendors: Record<string, VendorScenario>;
  settings?: Partial<ScoringSettings>;
  consensus?: { vendor: string; item: string; verdict?: 'pass' | 'fail'; level?: string; reason?: string }[];
  /** Recorded resolutions of ties (くじ etc.). */
  tieResolutions?: { vendorIds: string[]; winnerId: string }[];
  /** Whether to lock the criteria (version 1); locked by default. */
  locked?: boolean;
}

function requirement(id: string, order: number, kind: Requirement['kind'], points: number): Requirement {
  return {
    id,
    procurementId: P,
    order,
    ref: `R-${String(order + 1).padStart(3, '0')}`,
    domain: kind === 'mandatory' ? '必須要件' : '加点要件',
    title: `要件 ${id}`,
    text: `要件 ${id} の内容`,
    kind,
    points,
    appliesTo: 'csp',
    acceptedAttestations: [],
    controlRefs: [],
    sourceRef: null
  };
}

export function scenarioBundle(s: Scenario): ProcurementBundle {
  const settings: ScoringSettings = { ...defaultSettings(), ceilingPrice: 10_000_000, ...s.settings };
  const procurement = {
    ...newProcurement(P, '試験用の調達', AT),
    organisation: '架空省',
    bidDeadline: '2025-03-31',
    settings,
    tieResolutions: (s.tieResolutions ?? []).map((t) => ({
      ...t,
      method: 'くじ',
      note: '',
      at: AT,
      by: '委員長'
    }))
  };
  const mandatoryPoints = s.mandatory ?? [10, 10];
  const scoredPoints = s.scored ?? [30, 20, 10];
  const requirements = [
    ...mandatoryPoints.map((p, i) => requirement(`m${i + 1}`, i, 'mandatory', p)),
    ...scoredPoints.map((p, i) => requirement(`s${i + 1}`, mandatoryPoints.length + i, 'scored', p))
  ];
  const evaluators = Array.from({ length: s.evaluators ?? 3 }, (_, i) =>
    newEvaluator(`e${i + 1}`, P, i, `評価者${i + 1}`)
  );
  const vendors: Vendor[] = [];
  const grades: Grade[] = [];
  Object.entries(s.vendors).forEach(([id, spec], order) => {
    vendors.push({
      ...newVendor(id, P, order, spec.company ?? `事業者${id}`),
      bidPrice: spec.bid === undefined ? 10_000_000 : spec.bid,
      bidStatus: spec.status ?? 'valid',
      bidStatusReason: spec.statusReason ?? ''
    });
    const items = [
      ...spec.mandatory.map((row, i) => ({ req: `m${i + 1}`, row })),
      ...spec.scored.map((row, i) => ({ req: `s${i + 1}`, row }))
    ];
    for (const { req, row } of items) {
      [...row].forEach((ch, e) => {
        if (ch === '-') return;
        const mandatory = req.startsWith('m');
        grades.push({
          id: `${id}-${req}-${e}`,
          procurementId: P,
          evaluatorId: `e${e + 1}`,
          vendorId: id,
          requirementId: req,
          verdict: mandatory ? (ch === 'p' ? 'pass' : 'fail') : null,
          level: mandatory ? null : ch,
          rationale: `理由 ${id}-${req}-${e + 1}`,
          updatedAt: AT
        });
      });
    }
  });
  const consensus: Consensus[] = (s.consensus ?? []).map((c, i) => ({
    id: `c${i}`,
    procurementId: P,
    vendorId: c.vendor,
    requirementId: c.item,
    verdict: c.verdict ?? null,
    level: c.level ?? null,
    reason: c.reason ?? '合議による',
    recordedAt: '2025-01-02T00:00:00.000Z',
    recordedBy: 'chair'
  }));
  const criteriaVersions: CriteriaVersion[] =
    s.locked === false
      ? []
      : [
          {
            id: 'cv1',
            procurementId: P,
            version: 1,
            lockedAt: AT,
            lockedBy: '委員長',
            hash: 'ab'.repeat(32),
            reason: '',
            requirements,
            settings
          }
        ];
  return {
    procurement,
    requirements,
    criteriaVersions,
    evaluators,
    vendors,
    subcontractors: [],
    attestations: [],
    evidenceFiles: [],
    evidenceBlobs: [],
    responses: [],
    grades,
    consensus,
    audit: []
  };
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

/** The worked example of scoring-method.md (加算方式 standard, P = 50, C = 10,000,000, floor at 2). */
export const WORKED_EXAMPLE: Scenario = {
  vendors: {
    A: { mandatory: ['ppp', 'ppp'], scored: ['AAB', 'BBB', 'CDC'], bid: 8_000_000 },
    B: { mandatory: ['ppf', 'ppp'], scored: ['BBB', 'AAA', 'AAA'], bid: 9_500_000 },
    C: { mandatory: ['ppp', 'pff'], scored: ['AAA', 'AAA', 'AAA'], bid: 7_000_000 }
  }
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
