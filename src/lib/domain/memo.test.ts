import { describe, expect, it } from 'vitest';
import type { AttestationTypeInfo } from './catalogue';
import { newAttestationFields } from './defaults';
import { chainEntry, summarise } from './audit';
import { correctionAfter } from './freeze';
import {
  buildMemo,
  evidenceStatuses,
  openPointPlace,
  SEPARATING_ITEMS_MAX,
  separatingItems,
  tieRecords,
  type EvidenceStatus,
  type OpenPoint
} from './memo';
import type {
  Attestation,
  Consensus,
  ProcurementBundle,
  RegisterOutcomeKind,
  ScoringSettings
} from './model';
import { rankingRows } from './ranking-rows';
import { scoreProcurement } from './scoring';
import type { ScoredItemResult } from './scoring';
import { scoringInputOf } from './scoring-input';
import { toRational } from './rounding';
import { sha256Text } from './sha256';
import {
  testBundle,
  testConsensus,
  testCriteriaVersion,
  TEST_PROCUREMENT_ID,
  workedExample
} from '$lib/testing/fixtures';

const P = TEST_PROCUREMENT_ID;

function attestation(id: string, vendorId: string, patch: Partial<Attestation> = {}): Attestation {
  return { ...newAttestationFields(), id, procurementId: P, vendorId, type: 'ismap', ...patch };
}

function bundle(
  options: {
    settings?: Partial<ScoringSettings>;
    bids?: Record<string, number | null>;
    consensus?: Consensus[];
    procurement?: Partial<ProcurementBundle['procurement']>;
    subcontractor?: Partial<ProcurementBundle['subcontractors'][number]>;
    attestations?: Record<string, Partial<Attestation>>;
  } = {}
): ProcurementBundle {
  const input = workedExample(options.settings);
  const bids = options.bids ?? {};
  return testBundle(input, {
    procurement: {
      title: '文書管理SaaSの調達',
      organisation: '架空省',
      bidDeadline: '2025-06-30',
      contractEnd: '2026-03-31',
      technicalLock: { at: '2025-06-01T00:00:00.000Z', by: '委員長' },
      ...options.procurement
    },
    criteriaVersions: [testCriteriaVersion(input, 1, { lockedAt: '2025-03-01T00:00:00.000Z' })],
    evaluators: input.evaluators.map((e) => ({ ...e, submittedAt: '2025-05-30T00:00:00.000Z' })),
    vendors: input.vendors.map((v) => (v.id in bids ? { ...v, bidPrice: bids[v.id] ?? null } : v)),
    subcontractors: [
      {
        id: 'sub1',
        procurementId: P,
        vendorId: 'A',
        order: 0,
        name: 'IaaS社',
        role: 'IaaS基盤',
        criticality: 'critical',
        subserviceMethod: 'carveOut',
        notes: '',
        ...options.subcontractor
      }
    ],
    attestations: [
      attestation('att-a', 'A', {
        number: 'C0001',
        periodEnd: '2024-03-31',
        ...options.attestations?.['att-a']
      }),
      attestation('att-sub', 'A', {
        subcontractorId: 'sub1',
        number: 'C0002',
        ...options.attestations?.['att-sub']
      }),
      attestation('att-b', 'B', { number: 'C0003' })
    ],
    consensus: options.consensus ?? []
  });
}

const STATUSES: Record<string, EvidenceStatus> = {
  'att-a': { atDeadline: 'valid', atContractEnd: 'expired' },
  'att-sub': { atDeadline: 'unverified', atContractEnd: 'unverified' }
};

function memoOf(
  b: ProcurementBundle,
  firstPlaceShare?: Record<string, number>,
  statuses: Record<string, EvidenceStatus> = STATUSES
) {
  const result = scoreProcurement(scoringInputOf(b));
  return buildMemo({ bundle: b, result, statuses, date: '2025-07-01', firstPlaceShare });
}

describe('buildMemo on the worked example', () => {
  const memo = memoOf(bundle(), { A: 0.9, B: 0.1 });

  it('names the procurement, the date and the locked criteria version with its hash', () => {
    expect([memo.title, memo.organisation, memo.date]).toEqual([
      '文書管理SaaSの調達',
      '架空省',
      '2025-07-01'
    ]);
    expect(memo.criteria).toMatchObject({ version: 1, hash: 'ab'.repeat(32) });
    expect(memo.settings.priceMethod).toBe('additive');
    expect(memo.committee.map((c) => [c.name, c.role])).toEqual([
      ['評価者1', 'chair'],
      ['評価者2', 'member'],
      ['評価者3', 'member']
    ]);
  });

  it('ranks A then B with the published figures, C disqualified on item 2', () => {
    expect(
      memo.ranking.map((r) => [
        r.company,
        r.rank,
        r.figures.technicalPoints,
        r.figures.pricePoints,
        r.figures.totalPoints,
        r.standing
      ])
    ).toEqual([
      ['社A', 1, '66.66', '10.00', '76.66', 'ranked'],
      ['社B', 2, '72.50', '2.50', '75.00', 'ranked'],
      ['社C', null, '70.00', '15.00', '85.00', 'disqualified']
    ]);
    expect(memo.ranking[2]!.reasons).toEqual([{ code: 'mandatoryFailed', requirementId: 'm2', ref: 'R-m2' }]);
  });

  it('selects A, with the items that separate it from B and its evidence with statuses', () => {
    expect(memo.selected?.row.vendorId).toBe('A');
    expect(memo.selected?.runnerUp).toBe('社B');
    // A leads B on item 1 only (27.5 against 22.5); B scored higher on items 2 and 3.
    expect(memo.selected?.separatingItems).toEqual([
      {
        requirementId: 's1',
        ref: 'R-s1',
        title: 'title s1',
        score: '27.5',
        runnerUpScore: '22.5',
        difference: '5'
      }
    ]);
    expect(memo.selected?.separatingCount).toBe(1);
    expect(memo.selected?.evidence.map((e) => [e.number, e.status])).toEqual([
      ['C0001', { atDeadline: 'valid', atContractEnd: 'expired' }]
    ]);
    expect(memo.selected?.subcontractors.map((s) => [s.name, s.evidence.map((e) => e.number)])).toEqual([
      ['IaaS社', ['C0002']]
    ]);
  });

  it('says how far B is behind and why C is out', () => {
    expect(memo.others.map((o) => [o.row.company, o.gap])).toEqual([
      ['社B', { total: '1.66', technical: '-5.84', price: '7.5' }],
      ['社C', null]
    ]);
  });

  it('lists the split verdicts, the stability shares and the open points', () => {
    expect(memo.disagreements.map((d) => [d.company, d.ref, d.kind, d.resolved])).toEqual([
      ['社B', 'R-m1', 'splitVerdict', false],
      ['社C', 'R-m2', 'splitVerdict', false]
    ]);
    expect(memo.stability).toEqual([
      { company: '社A', share: 0.9 },
      { company: '社B', share: 0.1 }
    ]);
    expect(memo.openPoints).toEqual([
      { code: 'unresolvedDisagreement', company: '社B', ref: 'R-m1' },
      { code: 'unresolvedDisagreement', company: '社C', ref: 'R-m2' },
      { code: 'evidenceNotValid', holder: '社A', type: 'ismap', status: 'expired', when: 'contractEnd' },
      // Valid on the deadline by its dates, but nobody checked it against the ISMAP register.
      { code: 'evidenceNotVerified', holder: '社A', type: 'ismap' },
      { code: 'evidenceNotValid', holder: 'IaaS社', type: 'ismap', status: 'unverified', when: 'deadline' },
      // Critical, carved out of A's report, and its only attestation is not valid.
      { code: 'criticalSubcontractorUncovered', company: '社A', name: 'IaaS社', role: 'IaaS基盤' }
    ]);
  });
});

const item = (requirementId: string, score: number | null): ScoredItemResult => ({
  requirementId,
  ref: `R-${requirementId}`,
  points: 10,
  levels: [],
  meanFactor: null,
  consensusLevel: null,
  factor: null,
  score: score === null ? null : toRational(score),
  steps: 0,
  flagged: false,
  atLowest: null
});
const scoredAs = (scores: Record<string, number | null>) => ({
  scored: Object.entries(scores).map(([id, score]) => item(id, score))
});

describe('separatingItems', () => {
  const titles = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id, title: `title ${id}` }));
  it.each<[string, Record<string, number | null>, Record<string, number | null>, [string, string][]]>([
    ['none when the second leads or ties everywhere', { a: 5, b: 3 }, { a: 5, b: 4 }, []],
    [
      'the largest weighted difference first, not the criteria order',
      { a: 6, b: 20, c: 9.5 },
      { a: 5, b: 12, c: 4 },
      [
        ['b', '8'],
        ['c', '5.5'],
        ['a', '1']
      ]
    ],
    [
      'equal differences in the criteria order',
      { a: 4, b: 7, c: 9 },
      { a: 2, b: 5, c: 0 },
      [
        ['c', '9'],
        ['a', '2'],
        ['b', '2']
      ]
    ],
    [
      'an item either has no score for is no reason',
      { a: 7, b: null, c: 3 },
      { a: null, b: 2, c: 1 },
      [['c', '2']]
    ]
  ])('%s', (_, first, second, expected) => {
    const items = separatingItems(scoredAs(first), scoredAs(second), titles);
    expect(items.map((i) => [i.requirementId, i.difference])).toEqual(expected);
    for (const i of items) expect(i.title).toBe(`title ${i.requirementId}`);
  });

  it('shows both scores beside the difference', () => {
    expect(separatingItems(scoredAs({ a: 27.5 }), scoredAs({ a: 22.5 }), titles)).toEqual([
      {
        requirementId: 'a',
        ref: 'R-a',
        title: 'title a',
        score: '27.5',
        runnerUpScore: '22.5',
        difference: '5'
      }
    ]);
  });
});

describe('buildMemo: separating items on a procurement with many scored items', () => {
  it(`names at most ${SEPARATING_ITEMS_MAX}, the largest differences, and counts them all`, () => {
    const b = bundle();
    const result = scoreProcurement(scoringInputOf(b));
    // Seventeen items the first leads the second on, by differences 1 … 17.
    const ids = Array.from({ length: 17 }, (_, i) => `x${i + 1}`);
    const [first, second] = result.ranking.map((id) => result.vendors.find((v) => v.vendorId === id)!);
    first!.scored = ids.map((id, i) => item(id, 20 + i + 1));
    second!.scored = ids.map((id) => item(id, 20));
    const memo = buildMemo({ bundle: b, result, statuses: STATUSES, date: '2025-07-01' });
    expect(memo.selected?.separatingCount).toBe(17);
    expect(memo.selected?.separatingItems.map((i) => [i.ref, i.difference])).toEqual([
      ['R-x17', '17'],
      ['R-x16', '16'],
      ['R-x15', '15'],
      ['R-x14', '14'],
      ['R-x13', '13']
    ]);
  });

  it('has no runner-up, and no separating item, when the first is the only ranked vendor', () => {
    const b = bundle({ bids: { B: null } });
    const memo = memoOf(b);
    expect(memo.selected?.row.company).toBe('社A');
    expect([memo.selected?.runnerUp, memo.selected?.separatingItems]).toEqual([null, []]);
  });
});

describe('buildMemo: open points on the selected vendor’s evidence', () => {
  const confirmed = {
    verification: {
      source: 'ISMAP',
      checkedOn: '2025-06-01',
      checkedBy: '委員長',
      result: 'confirmed' as const
    }
  };
  const SNAPSHOT_SHA = 'cd'.repeat(32);
  const fromRegister = (outcome: 'confirmed' | 'notListed' | 'mismatch') => ({
    source: `ISMAPクラウドサービスリスト 2025-04-01 SHA-256:${SNAPSHOT_SHA}`,
    checkedOn: '2025-06-01',
    checkedBy: '委員長',
    result:
      outcome === 'confirmed'
        ? ('confirmed' as const)
        : outcome === 'notListed'
          ? ('notFound' as const)
          : ('mismatch' as const),
    register: {
      registerId: 'ismap',
      snapshotId: 'snap',
      sha256: SNAPSHOT_SHA,
      listDate: '2025-04-01',
      importedAt: '2025-04-02T00:00:00.000Z',
      outcome,
      entryRow: outcome === 'notListed' ? null : 6,
      entryNumber: '',
      differences: []
    }
  });
  const evidencePoints = (memo: ReturnType<typeof memoOf>) =>
    memo.openPoints.filter((p) => openPointPlace(p) === 'evidence');

  it.each<[string, Parameters<typeof bundle>[0], Record<string, EvidenceStatus>, OpenPoint[]]>([
    [
      'nothing when every attestation is verified and valid on both dates',
      { attestations: { 'att-a': confirmed, 'att-sub': confirmed } },
      {
        'att-a': { atDeadline: 'valid', atContractEnd: 'valid' },
        'att-sub': { atDeadline: 'valid', atContractEnd: null }
      },
      []
    ],
    [
      'a register check that did not confirm: its outcome, for the vendor and for a 委託先',
      {
        attestations: {
          'att-a': { verification: fromRegister('mismatch') },
          'att-sub': { verification: fromRegister('notListed') }
        }
      },
      {
        'att-a': { atDeadline: 'unverified', atContractEnd: 'unverified' },
        'att-sub': { atDeadline: 'valid', atContractEnd: null }
      },
      [
        { code: 'evidenceNotValid', holder: '社A', type: 'ismap', status: 'unverified', when: 'deadline' },
        {
          code: 'evidenceRegisterOutcome',
          company: '社A',
          holder: '社A',
          ofSubcontractor: false,
          type: 'ismap',
          number: 'C0001',
          outcome: 'mismatch',
          sha256: SNAPSHOT_SHA
        },
        {
          code: 'evidenceRegisterOutcome',
          company: '社A',
          holder: 'IaaS社',
          ofSubcontractor: true,
          type: 'ismap',
          number: 'C0002',
          outcome: 'notListed',
          sha256: SNAPSHOT_SHA
        }
      ]
    ],
    [
      'a register check that confirmed: nothing',
      { attestations: { 'att-a': { verification: fromRegister('confirmed') }, 'att-sub': confirmed } },
      {
        'att-a': { atDeadline: 'valid', atContractEnd: 'valid' },
        'att-sub': { atDeadline: 'valid', atContractEnd: null }
      },
      []
    ],
    [
      'stale on the deadline and expired at the contract end: both',
      { attestations: { 'att-a': confirmed, 'att-sub': confirmed } },
      {
        'att-a': { atDeadline: 'stale', atContractEnd: 'expired' },
        'att-sub': { atDeadline: 'valid', atContractEnd: 'valid' }
      },
      [
        { code: 'evidenceNotValid', holder: '社A', type: 'ismap', status: 'stale', when: 'deadline' },
        { code: 'evidenceNotValid', holder: '社A', type: 'ismap', status: 'expired', when: 'contractEnd' }
      ]
    ],
    [
      'expired on both dates: once; not verified either: said apart',
      { attestations: { 'att-sub': confirmed } },
      {
        'att-a': { atDeadline: 'expired', atContractEnd: 'expired' },
        'att-sub': { atDeadline: 'valid', atContractEnd: 'valid' }
      },
      [
        { code: 'evidenceNotValid', holder: '社A', type: 'ismap', status: 'expired', when: 'deadline' },
        { code: 'evidenceNotVerified', holder: '社A', type: 'ismap' }
      ]
    ],
    [
      'a critical 委託先 included in the vendor’s report (一体方式) needs no attestation of its own',
      {
        attestations: { 'att-a': confirmed, 'att-sub': confirmed },
        subcontractor: { subserviceMethod: 'inclusive' }
      },
      {
        'att-a': { atDeadline: 'valid', atContractEnd: null },
        'att-sub': { atDeadline: 'outOfScope', atContractEnd: null }
      },
      [{ code: 'evidenceNotValid', holder: 'IaaS社', type: 'ismap', status: 'outOfScope', when: 'deadline' }]
    ],
    [
      'a critical 委託先 carved out (除外方式) whose attestation has no status',
      { attestations: { 'att-a': confirmed, 'att-sub': confirmed } },
      { 'att-a': { atDeadline: 'valid', atContractEnd: null } },
      [
        { code: 'evidenceWithoutStatus', holder: 'IaaS社', type: 'ismap' },
        { code: 'criticalSubcontractorUncovered', company: '社A', name: 'IaaS社', role: 'IaaS基盤' }
      ]
    ],
    [
      'a normal 委託先 carved out needs no attestation to be named',
      {
        attestations: { 'att-a': confirmed, 'att-sub': confirmed },
        subcontractor: { criticality: 'normal' }
      },
      {
        'att-a': { atDeadline: 'valid', atContractEnd: null },
        'att-sub': { atDeadline: 'expired', atContractEnd: null }
      },
      [{ code: 'evidenceNotValid', holder: 'IaaS社', type: 'ismap', status: 'expired', when: 'deadline' }]
    ]
  ])('%s', (_, options, statuses, expected) => {
    expect(evidencePoints(memoOf(bundle(options), undefined, statuses))).toEqual(expected);
  });
});

describe('buildMemo: register outcomes of every other vendor', () => {
  const SHA = 'ef'.repeat(32);
  const fromRegister = (outcome: RegisterOutcomeKind): Partial<Attestation> => ({
    verification: {
      source: `ISMAPクラウドサービスリスト 2025-04-01 SHA-256:${SHA}`,
      checkedOn: '2025-06-01',
      checkedBy: '委員長',
      result: outcome === 'confirmed' ? 'confirmed' : outcome === 'notListed' ? 'notFound' : 'mismatch',
      register: {
        registerId: 'ismap',
        snapshotId: 'snap',
        sha256: SHA,
        listDate: '2025-04-01',
        importedAt: '2025-04-02T00:00:00.000Z',
        outcome,
        entryRow: null,
        entryNumber: '',
        differences: []
      }
    }
  });
  /** Vendor B (not selected) with one attestation of its own and one of its 委託先; C withdrawn or not. */
  function withOthers(
    own: RegisterOutcomeKind,
    sub: RegisterOutcomeKind,
    cWithdrawn: boolean
  ): ProcurementBundle {
    const b = bundle();
    return {
      ...b,
      vendors: b.vendors.map((v) => (v.id === 'C' && cWithdrawn ? { ...v, bidStatus: 'withdrawn' } : v)),
      subcontractors: [
        ...b.subcontractors,
        { ...b.subcontractors[0]!, id: 'sub-b', vendorId: 'B', name: 'DC社', role: 'データセンター' }
      ],
      attestations: [
        ...b.attestations.filter((a) => a.id !== 'att-b'),
        attestation('att-b', 'B', { number: 'C0003', ...fromRegister(own) }),
        attestation('att-b-sub', 'B', { subcontractorId: 'sub-b', number: 'C0004', ...fromRegister(sub) }),
        attestation('att-c', 'C', { number: 'C0005', ...fromRegister('revoked') })
      ]
    };
  }
  const registerPoints = (b: ProcurementBundle) =>
    memoOf(b)
      .openPoints.filter((p) => p.code === 'evidenceRegisterOutcome')
      .map(
        (p) =>
          p.code === 'evidenceRegisterOutcome' && [
            p.company,
            p.holder,
            p.ofSubcontractor,
            p.number,
            p.outcome
          ]
      );

  it.each<[string, RegisterOutcomeKind, RegisterOutcomeKind, boolean, unknown[]]>([
    [
      'a mismatch of the vendor and a 未掲載 of its 委託先, and a revoked registration of a third vendor',
      'mismatch',
      'notListed',
      false,
      [
        ['社B', '社B', false, 'C0003', 'mismatch'],
        ['社B', 'DC社', true, 'C0004', 'notListed'],
        ['社C', '社C', false, 'C0005', 'revoked']
      ]
    ],
    [
      'confirmed claims say nothing; a withdrawn vendor is left out',
      'confirmed',
      'expired',
      true,
      [['社B', 'DC社', true, 'C0004', 'expired']]
    ]
  ])('%s', (_, own, sub, cWithdrawn, expected) => {
    const b = withOthers(own, sub, cWithdrawn);
    expect(memoOf(b).selected?.row.company).toBe('社A');
    expect(registerPoints(b)).toEqual(expected);
  });

  it('places them with the evidence', () => {
    const point = memoOf(withOthers('mismatch', 'confirmed', true)).openPoints.find(
      (p) => p.code === 'evidenceRegisterOutcome'
    );
    expect(point && openPointPlace(point)).toBe('evidence');
  });
});

describe('openPointPlace', () => {
  it.each<[OpenPoint, ReturnType<typeof openPointPlace>]>([
    [{ code: 'criteriaNotLocked' }, 'criteria'],
    [{ code: 'settingsIssue', issue: 'missingCeiling' }, 'criteria'],
    [{ code: 'technicalNotLocked' }, 'grading'],
    [{ code: 'missingGrades', count: 2 }, 'grading'],
    [{ code: 'unresolvedDisagreement', company: '社B', ref: 'R-1' }, 'grading'],
    [{ code: 'missingBid', company: '社B' }, 'priceOpening'],
    [{ code: 'lowBidPending', company: '社B' }, 'priceOpening'],
    [{ code: 'unresolvedTie', companies: ['社A', '社B'] }, 'ties'],
    [{ code: 'evidenceNotVerified', holder: '社A', type: 'ismap' }, 'evidence'],
    [{ code: 'criticalSubcontractorUncovered', company: '社A', name: 'x', role: '' }, 'evidence'],
    [{ code: 'carveOutWithoutReport', company: '社A', name: 'x', linked: true }, 'evidence'],
    [{ code: 'evidenceQualified', holder: '社A', type: 'soc2Type2', criteria: [], refs: [] }, 'evidence']
  ])('%j is settled on %s', (point, place) => {
    expect(openPointPlace(point)).toBe(place);
  });
});

describe('buildMemo: date style', () => {
  it.each([
    ['government', null, 'japanese'],
    ['enterprise', null, 'western'],
    ['government', 'western', 'western'],
    ['enterprise', 'japanese', 'japanese']
  ] as const)('a %s buyer with the choice %s dates the memo %s', (buyerKind, documentDateStyle, expected) => {
    expect(memoOf(bundle({ procurement: { buyerKind, documentDateStyle } })).dateStyle).toBe(expected);
  });
});

describe('buildMemo in other states', () => {
  it('除算方式: the 基準評価値 and the gap in 評価値', () => {
    const memo = memoOf(bundle({ settings: { priceMethod: 'division' } }));
    expect(memo.referenceValue).toBe('200.0000');
    expect(memo.others[0]?.gap).toEqual({ total: '70.0922', technical: '-5.84', price: null });
  });

  it('no bids yet: nobody selected, each missing bid an open point', () => {
    const memo = memoOf(bundle({ bids: { A: null, B: null, C: null } }));
    expect(memo.selected).toBeNull();
    expect(memo.ranking.map((r) => r.standing)).toEqual(['pending', 'pending', 'disqualified']);
    expect(memo.openPoints.filter((p) => p.code === 'missingBid' || p.code === 'noSelection')).toEqual([
      { code: 'missingBid', company: '社A' },
      { code: 'missingBid', company: '社B' },
      { code: 'missingBid', company: '社C' },
      { code: 'noSelection' }
    ]);
  });

  it('records the consensus that resolved a disagreement, latest record only', () => {
    const record = (id: string, verdict: 'pass' | 'fail', at: string): Consensus =>
      testConsensus(
        'B',
        'm1',
        { verdict },
        { id, reason: `reason ${id}`, recordedAt: at, recordedBy: '委員長' }
      );
    const memo = memoOf(
      bundle({
        consensus: [
          record('c2', 'pass', '2025-06-02T00:00:00Z'),
          record('c1', 'fail', '2025-06-01T00:00:00Z')
        ]
      })
    );
    expect(memo.consensus.map((c) => [c.company, c.ref, c.verdict, c.reason])).toEqual([
      ['社B', 'R-m1', 'pass', 'reason c2']
    ]);
    expect(memo.disagreements.find((d) => d.company === '社B')?.resolved).toBe(true);
  });
});

describe('buildMemo: post-close corrections', () => {
  const reason = '事業者からの訂正届（誤記）による';
  function withCorrections(): ProcurementBundle {
    const b = bundle();
    const draft = (action: string, entityKind: string, entityId: string, before: unknown, after: string) => ({
      procurementId: P,
      at: '2025-06-05T00:00:00.000Z',
      actor: '委員長',
      action,
      entityKind,
      entityId,
      before: summarise(before),
      after
    });
    const first = chainEntry(
      draft('vendor.update', 'vendor', 'B', { notes: '' }, '{"notes":"x"}'),
      undefined,
      sha256Text
    );
    const second = chainEntry(
      draft(
        'correction.vendor.update',
        'vendor',
        'A',
        { company: '社A' },
        correctionAfter(reason, { company: '社A株式会社' })
      ),
      first,
      sha256Text
    );
    const third = chainEntry(
      draft(
        'correction.subcontractor.update',
        'subcontractor',
        'sub1',
        { role: 'IaaS' },
        correctionAfter(reason, { role: 'IaaS基盤' })
      ),
      second,
      sha256Text
    );
    return { ...b, audit: [first, second, third] };
  }

  it('lists each correction with when, who, what and why, and skips ordinary entries', () => {
    const memo = memoOf(withCorrections());
    expect(
      memo.corrections.map((c) => [c.at, c.by, c.action, c.company, c.subject, c.reason, c.after])
    ).toEqual([
      ['2025-06-05T00:00:00.000Z', '委員長', 'vendor.update', '社A', '', reason, '{"company":"社A株式会社"}'],
      [
        '2025-06-05T00:00:00.000Z',
        '委員長',
        'subcontractor.update',
        '社A',
        'IaaS社',
        reason,
        '{"role":"IaaS基盤"}'
      ]
    ]);
  });

  it('has none when the trail has no correction', () => {
    expect(memoOf(bundle()).corrections).toEqual([]);
  });
});

describe('evidenceStatuses', () => {
  const ismap: AttestationTypeInfo = {
    type: 'ismap',
    name: { ja: 'ISMAP', en: 'ISMAP' },
    assuranceRank: 5,
    validity: { kind: 'periodEndPlus', months: 16, days: 1, renewalExtends: true },
    hasOpinion: false
  };

  it('gives each attestation its status on the bid deadline and at the contract end', () => {
    const b = bundle();
    const confirmed = {
      source: 'ISMAP',
      checkedOn: '2025-06-01',
      checkedBy: 'x',
      result: 'confirmed' as const
    };
    b.attestations[0] = { ...b.attestations[0]!, verification: confirmed };
    const statuses = evidenceStatuses(b, [ismap], '2025-07-01');
    // Period end 2024-03-31: valid through 2025-07-31, so valid on 2025-06-30 and expired on 2026-03-31.
    expect(statuses['att-a']).toEqual({ atDeadline: 'valid', atContractEnd: 'expired' });
    // No period end recorded and not verified.
    expect(statuses['att-sub']).toEqual({ atDeadline: 'unverified', atContractEnd: 'unverified' });
    expect(evidenceStatuses(b, [], '2025-07-01')).toEqual({});
  });
});

describe('rankingRows', () => {
  it('puts the ranked vendors first in rank order, then the others in vendor order', () => {
    const b = bundle({ bids: { A: 9_900_000 } });
    const input = scoringInputOf(b);
    const rows = rankingRows(scoreProcurement(input), b.vendors, input.settings);
    // A at 9,900,000: 価格点 0.50, total 67.16 < B's 75.00.
    expect(rows.map((r) => [r.vendorId, r.rank, r.figures.totalPoints])).toEqual([
      ['B', 1, '75.00'],
      ['A', 2, '67.16'],
      ['C', null, '85.00']
    ]);
  });
});

describe('tieRecords', () => {
  it('gives each tie its companies and, when settled, the recorded method', () => {
    const b = bundle();
    b.procurement.tieResolutions = [
      {
        vendorIds: ['B', 'A'],
        method: 'くじ',
        winnerId: 'B',
        note: '立会人あり',
        at: '2025-07-01T00:00:00Z',
        by: '委員長'
      }
    ];
    const result = scoreProcurement(scoringInputOf(b));
    const ties = tieRecords(b, {
      ...result,
      ties: [
        { vendorIds: ['A', 'B'], rank: 1, winnerId: 'B' },
        { vendorIds: ['A', 'C'], rank: 3, winnerId: null }
      ]
    });
    expect(ties).toEqual([
      { rank: 1, companies: ['社A', '社B'], winner: '社B', method: 'くじ', note: '立会人あり' },
      { rank: 3, companies: ['社A', '社C'], winner: null, method: '', note: '' }
    ]);
  });
});

describe('the method lists the items stated in points per level or excluding at their lowest level', () => {
  it.each([
    ['none', [], []],
    [
      'points per level on s1, an item threshold on s3',
      [
        {
          id: 's1',
          patch: {
            levelPoints: ['A', 'B', 'C', 'D', 'E'].map((code, i) => ({
              code,
              points: [30, 20, 10, 5, 0][i]!
            }))
          }
        },
        { id: 's3', patch: { excludeAtLowest: true } }
      ],
      [
        {
          ref: 'R-s1',
          title: 'title s1',
          levelPoints: ['A', 'B', 'C', 'D', 'E'].map((code, i) => ({ code, points: [30, 20, 10, 5, 0][i]! })),
          excludeAtLowest: false
        },
        { ref: 'R-s3', title: 'title s3', levelPoints: null, excludeAtLowest: true }
      ]
    ]
  ])('%s', (_, patches, expected) => {
    const b = bundle();
    for (const { id, patch } of patches as { id: string; patch: object }[]) {
      for (const r of b.criteriaVersions[0]!.requirements) if (r.id === id) Object.assign(r, patch);
    }
    expect(memoOf(b).itemRules).toEqual(expected);
  });
});

describe('SOC 2 in the memo: exceptions, a qualified opinion, carve-outs, bridge letter and CUECs', () => {
  const exception = (criterion: string, requirementIds: string[], description: string) => ({
    criterion,
    description,
    testResult: '',
    managementResponse: '',
    requirementIds
  });
  const soc2: Partial<Attestation> = {
    type: 'soc2Type2',
    number: '',
    issuer: '監査法人甲',
    periodStart: '2024-04-01',
    periodEnd: '2025-03-31',
    opinion: 'qualified',
    exceptions: [exception('CC6.1', ['s1'], 'MFA 未設定'), exception('A1.2', [], 'バックアップ未検証')],
    bridgeLetter: { issuedOn: '2025-06-15', coversUntil: '2025-06-15' },
    cuecs: ['利用者側で MFA を有効にする'],
    subserviceOrganisations: [
      { name: 'IaaS社', method: 'carveOut', subcontractorId: 'sub1' },
      { name: '保守会社', method: 'carveOut', subcontractorId: null },
      { name: '一体社', method: 'inclusive', subcontractorId: null }
    ]
  };
  const b = bundle({ attestations: { 'att-a': soc2 } });
  const memo = memoOf(b, undefined, { ...STATUSES, 'att-a': { atDeadline: 'valid', atContractEnd: null } });
  const codes = (...wanted: OpenPoint['code'][]) => memo.openPoints.filter((p) => wanted.includes(p.code));

  it('lists each exception with the requirements it reaches, and what the qualification voids', () => {
    expect(codes('evidenceException', 'evidenceQualified')).toEqual([
      {
        code: 'evidenceQualified',
        holder: '社A',
        type: 'soc2Type2',
        criteria: ['CC6.1', 'A1.2'],
        refs: ['R-s1']
      },
      {
        code: 'evidenceException',
        holder: '社A',
        type: 'soc2Type2',
        criterion: 'CC6.1',
        description: 'MFA 未設定',
        refs: ['R-s1']
      },
      {
        code: 'evidenceException',
        holder: '社A',
        type: 'soc2Type2',
        criterion: 'A1.2',
        description: 'バックアップ未検証',
        refs: []
      }
    ]);
  });

  it.each([
    // Linked, and its own attestation (att-sub) is on file: no point.
    ['IaaS社', false],
    ['保守会社', true],
    // Inclusive: tested within the vendor's report.
    ['一体社', false]
  ])('a carved-out %s without a report of its own is an open point: %s', (name, open) => {
    const found = codes('carveOutWithoutReport').some((p) => 'name' in p && p.name === name);
    expect(found).toBe(open);
  });

  it('a linked carve-out without a report is named by its subcontractor record', () => {
    const noOwn = bundle({ attestations: { 'att-a': soc2 } });
    noOwn.attestations = noOwn.attestations.filter((a) => a.id !== 'att-sub');
    const points = memoOf(noOwn).openPoints.filter((p) => p.code === 'carveOutWithoutReport');
    expect(points).toEqual([
      { code: 'carveOutWithoutReport', company: '社A', name: 'IaaS社', linked: true },
      { code: 'carveOutWithoutReport', company: '社A', name: '保守会社', linked: false }
    ]);
  });

  it('states the bridge letter and the qualified criteria on the evidence, and the CUECs the buyer takes on', () => {
    expect(memo.selected?.evidence[0]).toMatchObject({
      qualifiedCriteria: ['CC6.1', 'A1.2'],
      bridgeLetter: { issuedOn: '2025-06-15', coversUntil: '2025-06-15' }
    });
    expect(memo.obligations).toEqual([
      {
        vendorId: 'A',
        vendor: '社A',
        source: {
          type: 'soc2Type2',
          issuer: '監査法人甲',
          number: '',
          periodStart: '2024-04-01',
          periodEnd: '2025-03-31'
        },
        obligation: '利用者側で MFA を有効にする'
      }
    ]);
  });

  it('has no obligations of vendors not selected', () => {
    const other = bundle({ attestations: { 'att-a': { cuecs: [] } } });
    other.attestations.push({
      ...other.attestations.find((a) => a.id === 'att-b')!,
      id: 'x',
      cuecs: ['B の統制']
    });
    expect(memoOf(other).obligations).toEqual([]);
  });
});

describe('buildMemo: the points as weights', () => {
  it.each(['ja', 'en'] as const)(
    'states the technical maximum, the ratio and each domain with its items (%s)',
    (documentLanguage) => {
      const b = bundle({ procurement: { documentLanguage } });
      b.requirements.forEach((r, i) => {
        r.domain = i === 0 ? 'アクセス制御' : '運用';
        r.domainEn = i === 0 ? 'Access control' : 'Operations';
      });
      const memo = memoOf(b);
      const points = b.requirements.map((r) => (r.kind === 'mandatory' ? r.basePoints : r.points));
      const max = points.reduce((a, c) => a + c, 0);
      expect(memo.weights.technicalMax).toBe(max);
      expect(memo.weights.price?.allocation ?? 0).toBe(
        b.procurement.settings.priceMethod === 'additive' ? b.procurement.settings.priceAllocation : 0
      );
      const domains = memo.weights.domains.map((d) => d.domain);
      expect(domains).toEqual(
        documentLanguage === 'en' ? ['Access control', 'Operations'] : ['アクセス制御', '運用']
      );
      expect(memo.weights.domains.map((d) => d.points)).toEqual([points[0], max - points[0]!]);
      expect(memo.weights.domains.flatMap((d) => d.rows.map((r) => r.ref))).toEqual(
        [...b.requirements].sort((x, y) => x.order - y.order).map((r) => r.ref)
      );
    }
  );
});

describe('buildMemo: the settings its buyer uses', () => {
  it.each([
    // kind, settings, ceiling stated, 基準評価値 stated
    ['government', { priceFormula: 'lowestRatio', ceilingPrice: null }, true, true],
    ['enterprise', { priceFormula: 'lowestRatio', ceilingPrice: null }, false, false],
    [
      'enterprise',
      { priceMethod: 'division', referenceValueGate: false, ceilingPrice: 9_000_000 },
      true,
      false
    ],
    [
      'government',
      { priceMethod: 'division', referenceValueGate: false, ceilingPrice: 9_000_000 },
      true,
      true
    ]
  ] as const)('%s with %j', (buyerKind, settings, ceiling, reference) => {
    const memo = memoOf(bundle({ settings: { ...settings }, procurement: { buyerKind } }));
    expect(memo.stated.ceilingPrice).toBe(ceiling);
    expect(memo.stated.referenceValue).toBe(reference);
    if (!reference) expect(memo.referenceValue).toBeNull();
    if (reference && 'priceMethod' in settings) expect(memo.referenceValue).not.toBeNull();
  });
});
