import { describe, expect, it } from 'vitest';
import { newAttestationFields, newVendor } from '../defaults';
import type {
  Attestation,
  RegisterEntry,
  RegisterOutcomeKind,
  RegisterSnapshot,
  Subcontractor,
  Vendor,
  VerificationRecord
} from '../model';
import { registerLayout } from '$lib/testing/registers';
import { latestSnapshots } from './check';
import { isNewerSnapshot, recheckAll, type RecheckSource } from './recheck';

const layout = registerLayout('ismap');

const entry = (
  number: string,
  company: string,
  status: RegisterEntry['status'] = 'listed'
): RegisterEntry => ({
  row: 6,
  number,
  company,
  service: '',
  registeredOn: '2024-04-01',
  expiry: null,
  status,
  statusText: status === 'revoked' ? '取消' : '',
  scope: '',
  issuer: '',
  standard: ''
});

function snapshot(
  id: string,
  listDate: string | null,
  entries: RegisterEntry[],
  importedAt = '2025-04-02T01:00:00.000Z',
  registerId = 'ismap'
): RegisterSnapshot {
  return {
    id,
    registerId,
    fileName: `${id}.xlsx`,
    sha256: id.padEnd(64, '0'),
    importedAt,
    importedBy: '佐藤',
    listDate,
    sheet: 'リスト',
    headerRow: 5,
    entries
  };
}

const OLD = snapshot('old', '2025-04-01', []);

/** A verification filled from the snapshot `OLD` with `outcome`. */
const fromOld = (outcome: RegisterOutcomeKind, registerId = 'ismap'): VerificationRecord => ({
  source: 'ISMAPクラウドサービスリスト 2025-04-01',
  checkedOn: '2025-04-02',
  checkedBy: '佐藤',
  result: outcome === 'confirmed' ? 'confirmed' : 'mismatch',
  register: {
    registerId,
    snapshotId: OLD.id,
    sha256: OLD.sha256,
    listDate: OLD.listDate,
    importedAt: OLD.importedAt,
    outcome,
    entryRow: 6,
    entryNumber: '',
    differences: []
  }
});

const MANUAL: VerificationRecord = {
  source: 'ISMAPポータル',
  checkedOn: '2025-01-10',
  checkedBy: '山田',
  result: 'confirmed'
};

const vendor: Vendor = newVendor('v1', 'p1', 0, 'アオバクラウド株式会社');
const sub: Subcontractor = {
  id: 's1',
  procurementId: 'p1',
  vendorId: 'v1',
  order: 0,
  name: 'ソラコンピュート株式会社',
  role: 'IaaS',
  criticality: 'critical',
  subserviceMethod: 'carveOut',
  notes: ''
};

const attestation = (
  id: string,
  number: string,
  verification: VerificationRecord | null,
  patch: Partial<Attestation> = {}
): Attestation => ({
  ...newAttestationFields(),
  id,
  procurementId: 'p1',
  vendorId: 'v1',
  type: 'ismap',
  number,
  verification,
  ...patch
});

const source = (attestations: Attestation[], frozen = false): RecheckSource => ({
  procurementId: 'p1',
  title: '調達',
  frozen,
  asOf: '2025-06-30',
  vendors: [vendor],
  subcontractors: [sub],
  attestations
});

const run = (sources: RecheckSource[], newer: RegisterSnapshot) =>
  recheckAll({ sources, snapshot: newer, layout, checkedOn: '2025-05-02', checkedBy: '鈴木' });

describe('isNewerSnapshot', () => {
  it.each([
    ['a later 更新日', '2025-05-01', '2025-04-02T01:00:00.000Z', true],
    ['an earlier 更新日 imported later', '2025-03-01', '2025-06-01T00:00:00.000Z', false],
    ['the same 更新日 imported later', '2025-04-01', '2025-04-03T00:00:00.000Z', true],
    ['the same 更新日 imported at the same time', '2025-04-01', '2025-04-02T01:00:00.000Z', false],
    ['no 更新日, imported on a later day', null, '2025-04-05T00:00:00.000Z', true],
    ['no 更新日, imported the day before the old list’s date', null, '2025-03-31T00:00:00.000Z', false]
  ])('%s: %s', (_, listDate, importedAt, expected) => {
    expect(isNewerSnapshot(snapshot('new', listDate, [], importedAt), OLD)).toBe(expected);
  });
});

describe('latestSnapshots (the vendor page) orders snapshots as the re-check does', () => {
  it.each([
    ['a list dated earlier but imported later stays behind', ['old', 'stale'], 'old'],
    ['a list dated later wins whatever the import order', ['later', 'old'], 'later'],
    ['the same date: the later import wins', ['old', 'again'], 'again']
  ])('%s', (_, ids, expected) => {
    const all: Record<string, RegisterSnapshot> = {
      old: OLD,
      stale: snapshot('stale', '2025-03-01', [], '2025-06-01T00:00:00.000Z'),
      later: snapshot('later', '2025-05-01', [], '2025-04-02T00:00:00.000Z'),
      again: snapshot('again', '2025-04-01', [], '2025-04-03T00:00:00.000Z')
    };
    const chosen = latestSnapshots(ids.map((id) => all[id]!)).get('ismap');
    expect(chosen?.id).toBe(expected);
    // Every other snapshot of the register is older than the chosen one, by the re-check's rule.
    for (const id of ids) if (id !== expected) expect(isNewerSnapshot(all[id]!, chosen!)).toBe(false);
  });
});

describe('recheckAll', () => {
  const NEWER = snapshot(
    'new',
    '2025-05-01',
    [
      entry('C99-0001-1', 'アオバクラウド株式会社', 'revoked'),
      entry('C99-0100-2', 'ソラコンピュート株式会社')
    ],
    '2025-05-02T00:00:00.000Z'
  );

  it.each<[string, RegisterOutcomeKind, string, boolean, RegisterOutcomeKind, boolean]>([
    ['a confirmed registration now 取消', 'confirmed', 'C99-0001-1', false, 'revoked', true],
    ['a 委託先 未掲載 now listed', 'notListed', 'C99-0100-2', true, 'confirmed', true],
    ['a 委託先 still listed: re-checked, not changed', 'confirmed', 'C99-0100-2', true, 'confirmed', false],
    [
      'a number the list no longer has: found by the holder’s name, 取消',
      'confirmed',
      'C99-0777-1',
      false,
      'revoked',
      true
    ]
  ])('%s', (_, before, number, ofSubcontractor, to, changed) => {
    const a = attestation('a1', number, fromOld(before), ofSubcontractor ? { subcontractorId: 's1' } : {});
    const [procurement] = run([source([a])], NEWER);
    expect(procurement?.items).toHaveLength(1);
    const item = procurement!.items[0]!;
    expect([item.previous.outcome, item.to, item.changed, item.ofSubcontractor]).toEqual([
      before,
      to,
      changed,
      ofSubcontractor
    ]);
    expect(item.holder).toBe(ofSubcontractor ? sub.name : vendor.company);
    expect(item.record.register).toMatchObject({ snapshotId: 'new', sha256: NEWER.sha256, outcome: to });
    expect([item.record.checkedOn, item.record.checkedBy]).toEqual(['2025-05-02', '鈴木']);
  });

  it('reports a changed difference as a change, the outcome staying 内容不一致', () => {
    const renamed = snapshot(
      'new',
      '2025-05-01',
      [entry('C99-0001-1', 'アオバ株式会社')],
      '2025-05-02T00:00:00.000Z'
    );
    const [procurement] = run([source([attestation('a1', 'C99-0001-1', fromOld('mismatch'))])], renamed);
    expect(procurement?.items[0]).toMatchObject({ to: 'mismatch', changed: true });
    expect(procurement?.items[0]?.record.register?.differences).toEqual([
      { field: 'company', claimed: 'アオバクラウド株式会社', registered: 'アオバ株式会社' }
    ]);
  });

  it.each<[string, VerificationRecord | null, RegisterSnapshot]>([
    ['a verification recorded by hand is never re-checked', MANUAL, NEWER],
    ['an attestation never checked is left alone', null, NEWER],
    ['a record from another register is left alone', fromOld('confirmed', 'ismap-liu'), NEWER],
    [
      'a snapshot that is not newer re-checks nothing',
      fromOld('confirmed'),
      snapshot('older', '2025-03-01', [])
    ],
    ['the same snapshot re-checks nothing', fromOld('confirmed'), OLD]
  ])('%s', (_, verification, newer) => {
    expect(run([source([attestation('a1', 'C99-0001-1', verification)])], newer)).toEqual([]);
  });

  it('covers every procurement, saying which are frozen by the technical lock', () => {
    const other: RecheckSource = {
      ...source([attestation('b1', 'C99-0001-1', fromOld('confirmed'), { procurementId: 'p2' })], true),
      procurementId: 'p2',
      title: '別の調達'
    };
    const result = run([source([attestation('a1', 'C99-0001-1', fromOld('confirmed'))]), other], NEWER);
    expect(result.map((p) => [p.procurementId, p.frozen, p.items.map((i) => i.to)])).toEqual([
      ['p1', false, ['revoked']],
      ['p2', true, ['revoked']]
    ]);
  });
});
