/**
 * Test support only (imported by tests and other test fixtures, never by the app): small record
 * builders with defaults and overrides, the compact scenario notation, and the worked example of
 * scoring-method.md. Deterministic: ids and timestamps are fixed, so equal arguments give equal records.
 */
import { defaultSettings, newEvaluator, newProcurement, newVendor } from '$lib/domain/defaults';
import { kindPoints } from '$lib/domain/spec-points';
import type {
  Consensus,
  CriteriaVersion,
  Evaluator,
  Grade,
  Procurement,
  ProcurementBundle,
  Requirement,
  ScoringSettings,
  Vendor
} from '$lib/domain/model';
import type { ScoringInput } from '$lib/domain/scoring';

export const TEST_PROCUREMENT_ID = 'p1';
export const TEST_AT = '2025-01-01T00:00:00.000Z';
const P = TEST_PROCUREMENT_ID;

export function testRequirement(
  id: string,
  order: number,
  kind: Requirement['kind'],
  points: number,
  overrides: Partial<Requirement> = {}
): Requirement {
  return {
    id,
    procurementId: P,
    order,
    ref: `R-${id}`,
    domain: '',
    title: `title ${id}`,
    text: '',
    kind,
    ...kindPoints(kind, points),
    appliesTo: 'both',
    acceptedAttestations: [],
    controlRefs: [],
    sourceRef: null,
    ...overrides
  };
}

export function testEvaluator(id: string, order: number, overrides: Partial<Evaluator> = {}): Evaluator {
  return { ...newEvaluator(id, P, order, `評価者${order + 1}`), ...overrides };
}

export function testVendor(id: string, order: number, overrides: Partial<Vendor> = {}): Vendor {
  return { ...newVendor(id, P, order, `社${id}`), ...overrides };
}

/** A verdict (mandatory item) or a level (scored item). */
export interface Mark {
  verdict?: Grade['verdict'];
  level?: Grade['level'];
}

export function testGrade(
  evaluatorId: string,
  vendorId: string,
  requirementId: string,
  mark: Mark,
  overrides: Partial<Grade> = {}
): Grade {
  return {
    id: `g-${evaluatorId}-${vendorId}-${requirementId}`,
    procurementId: P,
    evaluatorId,
    vendorId,
    requirementId,
    verdict: mark.verdict ?? null,
    level: mark.level ?? null,
    rationale: `${evaluatorId}-${vendorId}-${requirementId} の理由`,
    updatedAt: TEST_AT,
    ...overrides
  };
}

export function testConsensus(
  vendorId: string,
  requirementId: string,
  mark: Mark,
  overrides: Partial<Consensus> = {}
): Consensus {
  return {
    id: `c-${vendorId}-${requirementId}`,
    procurementId: P,
    vendorId,
    requirementId,
    verdict: mark.verdict ?? null,
    level: mark.level ?? null,
    reason: '合議による',
    recordedAt: '2025-01-02T00:00:00.000Z',
    recordedBy: 'chair',
    ...overrides
  };
}

/** The default settings with the 予定価格 of the worked example (10,000,000). */
export function testSettings(patch: Partial<ScoringSettings> = {}): ScoringSettings {
  return { ...defaultSettings(), ceilingPrice: 10_000_000, ...patch };
}

/**
 * A vendor's grades as one string per item, one character per evaluator: `p`/`f` for mandatory
 * items, rubric codes for scored items, `-` for a missing grade, `_` for a level C without rationale.
 */
export interface VendorScenario {
  company?: string;
  mandatory: string[];
  scored: string[];
  /** 10,000,000 when left out; `null` for no bid recorded. */
  bid?: number | null;
  status?: Vendor['bidStatus'];
  statusReason?: string;
  investigation?: Vendor['lowBidInvestigation'];
}

/** Mandatory items `m1…` then scored items `s1…` (default 10, 10 and 30, 20, 10), evaluators `e1…`. */
export interface Scenario {
  mandatory?: number[];
  scored?: number[];
  evaluators?: number;
  vendors: Record<string, VendorScenario>;
  settings?: Partial<ScoringSettings>;
  consensus?: { vendor: string; item: string; verdict?: 'pass' | 'fail'; level?: string; reason?: string }[];
  tieResolutions?: ScoringInput['tieResolutions'];
  /** Fields of some requirements by id (`s1`: level points, an excluding lowest level). */
  items?: Record<string, Partial<Requirement>>;
}

/** How a scenario's records are labelled, where a test reads the labels back. */
export interface ScenarioLabels {
  requirement?: (id: string, order: number, kind: Requirement['kind']) => Partial<Requirement>;
  company?: (vendorId: string) => string;
  /** `n` counts the evaluators from 1. */
  rationale?: (vendorId: string, requirementId: string, n: number, mark: string) => string;
}

/** Labels as a buyer writes them (R-001, 必須要件, 要件 m1, 事業者A), for tests reading exports back. */
export const JA_LABELS = {
  requirement: (id: string, order: number, kind: Requirement['kind']): Partial<Requirement> => ({
    ref: `R-${String(order + 1).padStart(3, '0')}`,
    domain: kind === 'mandatory' ? '必須要件' : '加点要件',
    title: `要件 ${id}`,
    text: `要件 ${id} の内容`,
    appliesTo: 'csp'
  }),
  company: (vendorId: string) => `事業者${vendorId}`,
  rationale: (vendorId: string, requirementId: string, n: number) => `理由 ${vendorId}-${requirementId}-${n}`
} satisfies Required<ScenarioLabels>;

export function scenarioInput(s: Scenario, labels: ScenarioLabels = {}): ScoringInput {
  const mandatoryPoints = s.mandatory ?? [10, 10];
  const scoredPoints = s.scored ?? [30, 20, 10];
  const item = (id: string, order: number, kind: Requirement['kind'], points: number) =>
    testRequirement(id, order, kind, points, { ...labels.requirement?.(id, order, kind), ...s.items?.[id] });
  const requirements = [
    ...mandatoryPoints.map((p, i) => item(`m${i + 1}`, i, 'mandatory', p)),
    ...scoredPoints.map((p, i) => item(`s${i + 1}`, mandatoryPoints.length + i, 'scored', p))
  ];
  const evaluators = Array.from({ length: s.evaluators ?? 3 }, (_, i) => testEvaluator(`e${i + 1}`, i));
  const rationale = labels.rationale ?? ((v, r, n, mark) => `${v}/${r}/e${n}: ${mark}`);
  const vendors: Vendor[] = [];
  const grades: Grade[] = [];
  Object.entries(s.vendors).forEach(([id, spec], order) => {
    vendors.push(
      testVendor(id, order, {
        company: spec.company ?? labels.company?.(id) ?? `社${id}`,
        bidPrice: spec.bid === undefined ? 10_000_000 : spec.bid,
        bidStatus: spec.status ?? 'valid',
        bidStatusReason: spec.statusReason ?? '',
        lowBidInvestigation: spec.investigation ?? null
      })
    );
    const rows = [
      ...spec.mandatory.map((row, i) => ({ req: `m${i + 1}`, mandatory: true, row })),
      ...spec.scored.map((row, i) => ({ req: `s${i + 1}`, mandatory: false, row }))
    ];
    for (const { req, mandatory, row } of rows) {
      [...row].forEach((ch, e) => {
        if (ch === '-') return;
        const mark: Mark = mandatory
          ? { verdict: ch === 'p' ? 'pass' : 'fail' }
          : { level: ch === '_' ? 'C' : ch };
        const text = ch === '_' ? ' ' : rationale(id, req, e + 1, ch);
        grades.push(testGrade(`e${e + 1}`, id, req, mark, { rationale: text }));
      });
    }
  });
  const consensus = (s.consensus ?? []).map((c, i) =>
    testConsensus(c.vendor, c.item, c, {
      id: `c${i}`,
      ...(c.reason === undefined ? {} : { reason: c.reason })
    })
  );
  return {
    requirements,
    settings: testSettings(s.settings),
    evaluators,
    vendors,
    grades,
    consensus,
    tieResolutions: s.tieResolutions
  };
}

/** The worked example of scoring-method.md (加算方式 standard, P = 50, C = 10,000,000, floor at 2). */
export const WORKED_EXAMPLE: Scenario = {
  vendors: {
    A: { mandatory: ['ppp', 'ppp'], scored: ['AAB', 'BBB', 'CDC'], bid: 8_000_000 },
    B: { mandatory: ['ppf', 'ppp'], scored: ['BBB', 'AAA', 'AAA'], bid: 9_500_000 },
    C: { mandatory: ['ppp', 'pff'], scored: ['AAA', 'AAA', 'AAA'], bid: 7_000_000 }
  }
};

/** The worked example as scoring input, with other settings where a test varies them. */
export function workedExample(
  settings: Partial<ScoringSettings> = {},
  labels: ScenarioLabels = {}
): ScoringInput {
  return scenarioInput({ ...WORKED_EXAMPLE, settings }, labels);
}

/** Criteria version `n` locking the input's requirements and settings (a fixed hash, not a computed one). */
export function testCriteriaVersion(
  input: ScoringInput,
  n = 1,
  overrides: Partial<CriteriaVersion> = {}
): CriteriaVersion {
  return {
    id: `cv${n}`,
    procurementId: P,
    version: n,
    lockedAt: TEST_AT,
    lockedBy: '委員長',
    hash: 'ab'.repeat(32),
    reason: '',
    requirements: input.requirements,
    settings: input.settings,
    ...overrides
  };
}

/**
 * A procurement bundle around a scoring input: criteria locked as version 1 unless `criteriaVersions`
 * is given, the input's tie resolutions recorded as drawn by lot, no evidence, answers or audit.
 */
export function testBundle(
  input: ScoringInput,
  extra: { procurement?: Partial<Procurement> } & Partial<Omit<ProcurementBundle, 'procurement'>> = {}
): ProcurementBundle {
  const { procurement: fields, ...rest } = extra;
  const procurement: Procurement = {
    ...newProcurement(P, '試験用の調達', TEST_AT),
    organisation: '架空省',
    bidDeadline: '2025-03-31',
    settings: input.settings,
    tieResolutions: (input.tieResolutions ?? []).map((t) => ({
      ...t,
      method: 'くじ',
      note: '',
      at: TEST_AT,
      by: '委員長'
    })),
    ...fields
  };
  return {
    procurement,
    requirements: input.requirements,
    criteriaVersions: [testCriteriaVersion(input)],
    evaluators: input.evaluators,
    vendors: input.vendors,
    subcontractors: [],
    attestations: [],
    evidenceFiles: [],
    evidenceBlobs: [],
    responses: [],
    grades: input.grades,
    consensus: input.consensus,
    audit: [],
    ...rest
  };
}
