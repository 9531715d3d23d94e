import { describe, expect, it } from 'vitest';
import { chainEntry } from './audit';
import { canonicalJson } from './canonical';
import { defaultSettings, newEvaluator, newProcurement, newVendor } from './defaults';
import type { Issue } from './issues';
import type { ProcurementBundle } from './model';
import {
  BACKUP_FILE_TYPE,
  BACKUP_MAX_BYTES,
  BACKUP_SCHEMA_VERSION,
  RESTORERS,
  SCHEMAS,
  buildBackupEnvelope,
  decodeBase64,
  encodeBase64,
  parseBackupText,
  restoreBundle,
  restoreEvidenceBlob,
  restoreProcurement,
  restoreVendor,
  restoreWith,
  s,
  toBackupBundle,
  type RecordTable
} from './restore';
import { sha256Bytes, sha256Text } from './sha256';

const T0 = '2026-01-05T09:00:00.000Z';
const T1 = '2026-02-10T15:30:00.000Z';
const BLOB_BYTES = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
const META = { appVersion: '0.1.0', exportedAt: T1, scope: 'procurement' } as const;

/** One procurement with every record type, every optional part filled in, and a binary blob. */
function fixture(id = 'p1'): ProcurementBundle {
  const procurement = {
    ...newProcurement(id, '基幹クラウド調達', T0),
    organisation: 'デジタル庁',
    bidDeadline: '2026-03-31',
    contractStart: '2026-04-01',
    contractEnd: '2029-03-31',
    technicalLock: { at: T1, by: '委員長' },
    tieResolutions: [
      { vendorIds: ['v1', 'v2'], method: 'くじ', winnerId: 'v1', note: '同点', at: T1, by: '委員長' }
    ]
  };
  procurement.settings.ceilingPrice = 12_000_000;
  const requirements: ProcurementBundle['requirements'] = [
    {
      id: 'r1',
      procurementId: id,
      order: 0,
      ref: 'R-001',
      domain: '9 アクセス制御',
      title: '多要素認証',
      text: '管理者アクセスに多要素認証を用いること。',
      kind: 'mandatory',
      points: 10,
      appliesTo: 'csp',
      acceptedAttestations: ['ismap', 'soc2Type2'],
      controlRefs: ['iso27002:9.4.1'],
      sourceRef: 'catalogue:mfa'
    },
    {
      id: 'r2',
      procurementId: id,
      order: 1,
      ref: 'R-002',
      domain: '12 運用',
      title: 'ログ保管',
      text: 'ログを1年以上保管すること。',
      kind: 'scored',
      points: 5.5,
      appliesTo: 'both',
      acceptedAttestations: [],
      controlRefs: [],
      sourceRef: null
    }
  ];
  const settings = defaultSettings();
  const audit = [
    chainEntry(
      {
        procurementId: id,
        at: T0,
        actor: '山田',
        action: 'procurement.create',
        entityKind: 'procurement',
        entityId: id,
        before: '',
        after: '{}'
      },
      undefined,
      sha256Text
    )
  ];
  audit.push(chainEntry({ ...audit[0]!, at: T1, action: 'criteria.lock' }, audit[0], sha256Text));
  return {
    procurement: { ...procurement, auditHead: { seq: 2, hash: audit[1]!.hash } },
    requirements,
    criteriaVersions: [
      {
        id: 'cv1',
        procurementId: id,
        version: 1,
        lockedAt: T1,
        lockedBy: '委員長',
        hash: sha256Text(canonicalJson({ requirements, settings })),
        reason: '',
        requirements: structuredClone(requirements),
        settings
      }
    ],
    evaluators: [
      { ...newEvaluator('e1', id, 0, '委員長'), submittedAt: T1 },
      newEvaluator('e2', id, 1, '委員A')
    ],
    vendors: [
      {
        ...newVendor('v1', id, 0, 'A社'),
        regions: ['JP'],
        bidPrice: 9_800_000,
        lowBidInvestigation: { outcome: 'accepted', note: '説明あり' }
      },
      { ...newVendor('v2', id, 1, 'B社'), bidStatus: 'invalid', bidStatusReason: '書類不備' }
    ],
    subcontractors: [
      {
        id: 's1',
        procurementId: id,
        vendorId: 'v1',
        order: 0,
        name: 'IaaS事業者',
        role: '基盤',
        criticality: 'critical',
        subserviceMethod: 'carveOut',
        notes: ''
      }
    ],
    attestations: [
      {
        id: 'a1',
        procurementId: id,
        vendorId: 'v1',
        subcontractorId: 's1',
        type: 'soc2Type2',
        number: 'SOC-1',
        issuer: '監査法人',
        accreditationBody: 'AICPA',
        scopeText: '東京リージョン',
        scopeServices: ['Compute'],
        scopeRegions: ['ap-northeast-1'],
        scopeCoverage: 'covered',
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        asOf: null,
        issuedOn: '2026-02-15',
        expiry: null,
        edition: '2017',
        cloudAddOn: false,
        renewalPending: true,
        opinion: 'qualified',
        exceptions: [{ description: '変更管理の例外', requirementIds: ['r2'] }],
        tscCategories: ['security', 'availability'],
        subserviceOrganisations: [{ name: 'DC事業者', method: 'inclusive' }],
        cuecs: ['利用者側のアカウント管理'],
        bridgeLetter: { issuedOn: '2026-01-10', coversUntil: '2026-03-31' },
        excludedControls: ['8.1'],
        verification: {
          source: 'https://example.org',
          checkedOn: '2026-02-20',
          checkedBy: '山田',
          result: 'confirmed'
        },
        evidenceFileIds: ['f1'],
        notes: 'メモ'
      }
    ],
    evidenceFiles: [
      {
        id: 'f1',
        procurementId: id,
        vendorId: 'v1',
        ownerKind: 'attestation',
        ownerId: 'a1',
        name: 'soc2.pdf',
        type: 'application/pdf',
        size: BLOB_BYTES.length,
        sha256: sha256Bytes(BLOB_BYTES),
        addedAt: T1,
        addedBy: '山田'
      },
      {
        id: 'f2',
        procurementId: id,
        vendorId: 'v1',
        ownerKind: 'response',
        ownerId: 'resp1',
        name: 'empty.txt',
        type: 'text/plain',
        size: 0,
        sha256: sha256Bytes(new Uint8Array(0)),
        addedAt: T1,
        addedBy: '山田'
      }
    ],
    evidenceBlobs: [
      { id: 'f1', procurementId: id, data: BLOB_BYTES.slice().buffer },
      { id: 'f2', procurementId: id, data: new ArrayBuffer(0) }
    ],
    responses: [
      {
        id: 'resp1',
        procurementId: id,
        vendorId: 'v1',
        requirementId: 'r1',
        answer: 'full',
        explanation: '対応済み',
        evidenceRefs: 'p.12',
        updatedAt: T1,
        source: 'import'
      }
    ],
    grades: [
      {
        id: 'g1',
        procurementId: id,
        evaluatorId: 'e1',
        vendorId: 'v1',
        requirementId: 'r1',
        verdict: 'pass',
        level: null,
        rationale: '',
        updatedAt: T1
      },
      {
        id: 'g2',
        procurementId: id,
        evaluatorId: 'e2',
        vendorId: 'v2',
        requirementId: 'r2',
        verdict: null,
        level: 'B',
        rationale: '十分',
        updatedAt: T1
      }
    ],
    consensus: [
      {
        id: 'c1',
        procurementId: id,
        vendorId: 'v2',
        requirementId: 'r2',
        verdict: null,
        level: 'C',
        reason: '合議',
        recordedAt: T1,
        recordedBy: '委員長'
      }
    ],
    audit
  };
}

type Key = string | number;

/** Sets (or, with DELETE, removes) a nested key; defineProperty so `__proto__` becomes an own key. */
const DELETE = Symbol('delete');
function edit(root: unknown, path: readonly Key[], value: unknown): unknown {
  let node = root as Record<Key, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<Key, unknown>;
  const last = path[path.length - 1]!;
  if (value === DELETE) delete node[last];
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return root;
}

const pathText = (path: readonly Key[]) =>
  path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
const backupJson = (bundles = [fixture()]): Record<string, unknown> =>
  JSON.parse(JSON.stringify(buildBackupEnvelope(bundles, META)));
const rawBundle = (): Record<string, unknown> => JSON.parse(JSON.stringify(toBackupBundle(fixture())));
const parse = (json: unknown) => {
  const text = JSON.stringify(json);
  return parseBackupText(text, text.length);
};
/** Blob bytes as plain arrays, so the whole bundle can be compared with toEqual. */
const comparable = (bundle: ProcurementBundle) => ({
  ...bundle,
  evidenceBlobs: bundle.evidenceBlobs.map((b) => ({ ...b, data: Array.from(new Uint8Array(b.data)) }))
});

describe('base64', () => {
  it.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy']
  ])('encodes and decodes the RFC 4648 vector %j', (plain, encoded) => {
    const bytes = new TextEncoder().encode(plain);
    expect(encodeBase64(bytes)).toBe(encoded);
    expect(Array.from(decodeBase64(encoded)!)).toEqual(Array.from(bytes));
  });

  it('agrees with btoa on every byte value and round-trips several MB without overflowing the stack', () => {
    let binary = '';
    for (const byte of BLOB_BYTES) binary += String.fromCharCode(byte);
    expect(encodeBase64(BLOB_BYTES)).toBe(btoa(binary));

    const large = Uint8Array.from({ length: 3 * 1024 * 1024 + 2 }, (_, i) => (i * 7919) % 256);
    const back = decodeBase64(encodeBase64(large))!;
    expect(back.length).toBe(large.length);
    expect(back.every((byte, i) => byte === large[i])).toBe(true);
  });

  it.each(['Zg=', 'Zg=a', '=Zg=', 'Z===', 'Zm9v\n', 'Zm 9', 'Zm9é', '===='])('rejects %j', (text) => {
    expect(decodeBase64(text)).toBeNull();
  });
});

describe('schema combinators', () => {
  it.each([
    ['2024-02-29', true],
    ['2026-12-31', true],
    ['2026-02-30', false],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00:00Z', false]
  ])('isoDate %s → valid %s', (input, valid) => {
    const { value, issues } = restoreWith(s.isoDate(), input, 'd');
    expect(value).toBe(valid ? input : '');
    expect(issues).toEqual(valid ? [] : [{ code: 'wrongType', path: 'd', params: { expected: 'date' } }]);
  });

  it.each([
    [T0, true],
    ['2026-01-05T09:00:00Z', true],
    ['2026-01-05T09:00:00+09:00', true],
    ['2026-02-30T09:00:00.000Z', false],
    ['2026-01-05T24:00:00.000Z', false],
    ['2026-01-05 09:00:00Z', false],
    ['2026-01-05', false]
  ])('isoDateTime %s → valid %s', (input, valid) => {
    expect(restoreWith(s.isoDateTime(), input).issues.length).toBe(valid ? 0 : 1);
  });

  it.each([
    [{}, NaN, 'wrongType', { expected: 'number' }],
    [{}, Infinity, 'wrongType', { expected: 'number' }],
    [{}, '1', 'wrongType', { expected: 'number' }],
    [{ integer: true }, 1.5, 'wrongType', { expected: 'integer' }],
    [{ min: 0 }, -1, 'outOfRange', { value: -1, min: 0 }],
    [{ min: 0, max: 1, default: 0.5 }, 1.01, 'outOfRange', { value: 1.01, min: 0, max: 1 }]
  ] as const)('number %j refuses %s with %s', (options, input, code, params) => {
    const { value, issues } = restoreWith(s.number(options), input, 'n');
    expect(issues).toEqual([{ code, path: 'n', params }]);
    expect(value).toBe('default' in options ? options.default : 0);
  });

  it('reports a value outside an enum without stringifying objects', () => {
    const schema = s.enumOf(['a', 'b'], 'b');
    expect(restoreWith(schema, 'c', 'e')).toEqual({
      value: 'b',
      issues: [{ code: 'notAllowed', path: 'e', params: { value: 'c', allowed: 'a|b' } }]
    });
    // JSON can give an object whose own toString is not a function; String() on it would throw.
    const hostile = JSON.parse('{"toString":1,"valueOf":1}');
    expect(restoreWith(schema, hostile, 'e').issues[0]?.params).toEqual({ value: 'object', allowed: 'a|b' });
  });

  it('indexes array paths and defaults a non-array', () => {
    const schema = s.object({ list: s.array(s.hex64()) });
    expect(restoreWith(schema, { list: ['a'.repeat(64), 'A'.repeat(64)] }, 'x').issues).toEqual([
      { code: 'wrongType', path: 'x.list[1]', params: { expected: 'sha256' } }
    ]);
    expect(restoreWith(schema, { list: {} }).value).toEqual({ list: [] });
  });
});

describe('record restorers', () => {
  const records = fixture();
  const cases: [RecordTable, unknown][] = [
    ['procurements', records.procurement],
    ['requirements', records.requirements[0]],
    ['criteriaVersions', records.criteriaVersions[0]],
    ['evaluators', records.evaluators[0]],
    ['vendors', records.vendors[0]],
    ['subcontractors', records.subcontractors[0]],
    ['attestations', records.attestations[0]],
    ['evidenceFiles', records.evidenceFiles[0]],
    ['evidenceBlobs', records.evidenceBlobs[0]],
    ['responses', records.responses[0]],
    ['grades', records.grades[0]],
    ['consensus', records.consensus[0]],
    ['audit', records.audit[0]]
  ];

  it('covers every table', () => {
    expect(cases.map(([table]) => table).sort()).toEqual(Object.keys(RESTORERS).sort());
  });

  it.each(cases)('%s: a valid record comes back equal, as a new object, with no issues', (table, record) => {
    const { value, issues } = RESTORERS[table](record, 'rec');
    expect(issues).toEqual([]);
    expect(value).toEqual(record);
    expect(value).not.toBe(record);
  });

  it.each(cases)('%s: an unknown key is dropped and reported', (table, record) => {
    const input = edit(structuredClone(record), ['futureField'], 1);
    const { value, issues } = RESTORERS[table](input, 'rec');
    expect(issues).toEqual([{ code: 'unknownKey', path: 'rec.futureField', params: { key: 'futureField' } }]);
    expect(value).toEqual(record);
    expect(Object.keys(value as object)).not.toContain('futureField');
  });

  it.each([
    [['__proto__'], '__proto__'],
    [['constructor'], 'constructor'],
    [['prototype'], 'prototype'],
    [['settings', 'rounding', '__proto__'], 'settings.rounding.__proto__'],
    [['tieResolutions', 0, '__proto__'], 'tieResolutions[0].__proto__']
  ])('drops the forbidden key %j without touching any prototype', (path, reported) => {
    const text = JSON.stringify(edit(structuredClone(records.procurement), path, { polluted: true }));
    const input = JSON.parse(text);
    const { value, issues } = restoreProcurement(input, '');
    const key = path[path.length - 1];
    expect(issues).toEqual([{ code: 'forbiddenKey', path: reported, params: { key } }]);
    expect(value).toEqual(records.procurement);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(value.settings.rounding)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(value.tieResolutions[0])).toBe(Object.prototype);
    expect(Object.keys(value)).not.toContain(key);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((value as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    [['title'], 5, { code: 'wrongType', path: 'p.title', params: { expected: 'string' } }, ''],
    [['confidentialityClass'], 4, { code: 'notAllowed', path: 'p.confidentialityClass' }, 2],
    [['bidDeadline'], '2026-02-30', { code: 'wrongType', path: 'p.bidDeadline' }, null],
    [['createdAt'], 'yesterday', { code: 'wrongType', path: 'p.createdAt' }, ''],
    [
      ['settings', 'rounding', 'mode'],
      'ceil',
      { code: 'notAllowed', path: 'p.settings.rounding.mode' },
      'floor'
    ],
    [['settings', 'priceAllocation'], '50', { code: 'wrongType', path: 'p.settings.priceAllocation' }, 50],
    [['settings', 'stabilityDraws'], 2.5, { code: 'wrongType', path: 'p.settings.stabilityDraws' }, 2000],
    [
      ['settings', 'rubric', 1, 'factor'],
      1.5,
      { code: 'outOfRange', path: 'p.settings.rubric[1].factor' },
      0
    ],
    [['auditHead', 'hash'], 'A'.repeat(64), { code: 'wrongType', path: 'p.auditHead.hash' }, ''],
    [['tieResolutions'], {}, { code: 'wrongType', path: 'p.tieResolutions' }, []],
    [['technicalLock'], 'locked', { code: 'wrongType', path: 'p.technicalLock' }, null],
    [['technicalLock', 'at'], 5, { code: 'wrongType', path: 'p.technicalLock.at' }, '']
  ])('reports %j = %j with its path and uses the default', (path, bad, issue, fallback) => {
    const { value, issues } = restoreProcurement(edit(structuredClone(records.procurement), path, bad), 'p');
    expect(issues).toEqual([expect.objectContaining(issue)]);
    let restored: unknown = value;
    for (const key of path) restored = (restored as Record<Key, unknown>)[key];
    expect(restored).toEqual(fallback);
  });

  it.each([
    ['title', ''],
    ['serviceModel', 'SaaS'],
    ['handlesConfidential', true],
    ['bidDeadline', null],
    ['settings', defaultSettings()]
  ])('defaults the missing field %s and reports it', (field, fallback) => {
    const { value, issues } = restoreProcurement(
      edit(structuredClone(records.procurement), [field], DELETE),
      'p'
    );
    expect(issues).toEqual([{ code: 'missingField', path: `p.${field}` }]);
    expect((value as unknown as Record<string, unknown>)[field]).toEqual(fallback);
  });

  it('restores an old-shape procurement with only missingField issues and today’s defaults', () => {
    const old = structuredClone(records.procurement);
    for (const path of [
      ['tieResolutions'],
      ['auditHead'],
      ['settings', 'stabilityDraws'],
      ['settings', 'stabilitySeed']
    ]) {
      edit(old, path, DELETE);
    }
    const { value, issues } = restoreProcurement(old, '');
    expect(issues).toEqual([
      { code: 'missingField', path: 'settings.stabilityDraws' },
      { code: 'missingField', path: 'settings.stabilitySeed' },
      { code: 'missingField', path: 'tieResolutions' },
      { code: 'missingField', path: 'auditHead' }
    ]);
    expect(value).toEqual({
      ...records.procurement,
      tieResolutions: [],
      auditHead: null,
      settings: { ...records.procurement.settings, stabilityDraws: 2000, stabilitySeed: 1 }
    });
  });

  it('defaults a vendor written before low-bid investigations existed', () => {
    const old = edit(structuredClone(records.vendors[1]), ['lowBidInvestigation'], DELETE);
    expect(restoreVendor(old, 'v')).toEqual({
      value: records.vendors[1],
      issues: [{ code: 'missingField', path: 'v.lowBidInvestigation' }]
    });
  });

  it('restores empty settings to exactly defaultSettings()', () => {
    expect(restoreWith(SCHEMAS.settings, {}).value).toEqual(defaultSettings());
  });

  it('accepts only an ArrayBuffer as IndexedDB blob data', () => {
    const input = { id: 'f1', procurementId: 'p1', data: new Uint8Array(3) };
    const { value, issues } = restoreEvidenceBlob(input, 'b');
    expect(issues).toEqual([{ code: 'wrongType', path: 'b.data', params: { expected: 'arrayBuffer' } }]);
    expect(value.data.byteLength).toBe(0);
  });
});

describe('bundles', () => {
  it('restores a bundle in backup form with no issues and its bytes intact', () => {
    const { value, issues } = restoreBundle(rawBundle(), 'b');
    expect(issues).toEqual([]);
    expect(comparable(value!)).toEqual(comparable(fixture()));
  });

  it.each([[null], [[]], ['bundle']])('gives null for the non-object %j', (input) => {
    expect(restoreBundle(input, 'b')).toEqual({
      value: null,
      issues: [{ code: 'wrongType', path: 'b', params: { expected: 'object' } }]
    });
  });

  it.each([
    [['grades', 0, 'evaluatorId'], 'e9'],
    [['grades', 1, 'vendorId'], 'v9'],
    [['responses', 0, 'requirementId'], 'r9'],
    [['consensus', 0, 'requirementId'], 'r9'],
    [['subcontractors', 0, 'vendorId'], 'v9'],
    [['attestations', 0, 'subcontractorId'], 's9'],
    [['attestations', 0, 'evidenceFileIds', 0], 'f9'],
    [['attestations', 0, 'exceptions', 0, 'requirementIds', 0], 'r9'],
    [['evidenceFiles', 0, 'ownerId'], 'resp1'],
    [['evidenceFiles', 1, 'vendorId'], 'v9'],
    [['evidenceBlobs', 1, 'id'], 'f9'],
    [['procurement', 'tieResolutions', 0, 'winnerId'], 'v9'],
    [['requirements', 1, 'procurementId'], 'p2'],
    [['audit', 0, 'procurementId'], 'p2']
  ])('reports a dangling reference at %j', (path, id) => {
    const { issues } = restoreBundle(edit(rawBundle(), path, id), 'b');
    expect(issues).toEqual([{ code: 'danglingReference', path: `b${pathText(path)}`, params: { id } }]);
  });

  it.each([
    [['requirements', 1, 'id'], 'r1', 'b.requirements[1].id'],
    [['vendors', 1, 'id'], 'v1', 'b.vendors[1].id'],
    [['audit', 1, 'seq'], 1, 'b.audit[1].seq']
  ])('reports the duplicate id at %j', (path, id, reported) => {
    const { issues } = restoreBundle(edit(rawBundle(), path, id), 'b');
    expect(issues).toContainEqual({ code: 'duplicateId', path: reported, params: { id } });
  });
});

describe('backup files', () => {
  it('round-trips a full bundle through JSON text, bytes included', () => {
    const text = JSON.stringify(buildBackupEnvelope([fixture(), fixture('p2')], META));
    const { data, issues } = parseBackupText(text, new TextEncoder().encode(text).length);
    expect(issues).toEqual([]);
    expect(data).toMatchObject(META);
    expect(data!.bundles.map(comparable)).toEqual([fixture(), fixture('p2')].map(comparable));
    const blob = data!.bundles[0]!.evidenceBlobs[0]!.data;
    expect(blob).toBeInstanceOf(ArrayBuffer);
    expect(Array.from(new Uint8Array(blob))).toEqual(Array.from(BLOB_BYTES));
  });

  const valid = JSON.stringify(backupJson());
  const withVersion = (version: unknown) => JSON.stringify(edit(backupJson(), ['schemaVersion'], version));
  it.each<[string, string, number, Issue]>([
    [
      'over the size limit',
      valid,
      BACKUP_MAX_BYTES + 1,
      { code: 'fileTooLarge', path: '', params: { limitMb: 100 } }
    ],
    ['empty', '', 0, { code: 'fileEmpty', path: '' }],
    ['whitespace only', ' \n\t ', 4, { code: 'fileEmpty', path: '' }],
    ['not JSON', '{"type": "sentei-backup",', 25, { code: 'notJson', path: '' }],
    ['a JSON array', '[]', 2, { code: 'wrongFileType', path: '' }],
    ['JSON null', 'null', 4, { code: 'wrongFileType', path: '' }],
    ['another file type', '{"type":"other","schemaVersion":1}', 40, { code: 'wrongFileType', path: '' }],
    [
      'a future version',
      withVersion(2),
      1,
      { code: 'futureVersion', path: '', params: { version: 2, supported: 1 } }
    ],
    ['version 0', withVersion(0), 1, { code: 'wrongType', path: '', params: { expected: 'integer' } }],
    ['version 1.5', withVersion(1.5), 1, { code: 'wrongType', path: '', params: { expected: 'integer' } }],
    [
      'version as text',
      withVersion('1'),
      1,
      { code: 'wrongType', path: '', params: { expected: 'integer' } }
    ],
    [
      'no version',
      JSON.stringify({ type: BACKUP_FILE_TYPE }),
      1,
      { code: 'wrongType', path: '', params: { expected: 'integer' } }
    ]
  ])('refuses a file that is %s', (_, text, byteLength, issue) => {
    expect(parseBackupText(text, byteLength)).toEqual({ data: null, issues: [issue] });
  });

  it('accepts a file of exactly the limit, and one starting with a byte order mark', () => {
    expect(parseBackupText(valid, BACKUP_MAX_BYTES).issues).toEqual([]);
    expect(parseBackupText(`\uFEFF${valid}`, valid.length + 3).data).not.toBeNull();
    expect(BACKUP_SCHEMA_VERSION).toBe(1);
  });

  const bundle = ['data', 'procurements', 0];
  it.each<[string, Key[], unknown, Issue['code']]>([
    ['an unknown envelope key', ['comment'], 'x', 'unknownKey'],
    ['a nested __proto__', [...bundle, 'vendors', 0, '__proto__'], {}, 'forbiddenKey'],
    ['a missing field', [...bundle, 'requirements', 0, 'title'], DELETE, 'missingField'],
    ['a value outside an enum', [...bundle, 'procurement', 'settings', 'rounding', 'mode'], 1, 'notAllowed'],
    ['an impossible date', [...bundle, 'attestations', 0, 'periodEnd'], '2026-02-30', 'wrongType'],
    ['invalid base64', [...bundle, 'evidenceBlobs', 0, 'data'], 'not base64!', 'wrongType'],
    ['a dangling reference', [...bundle, 'grades', 0, 'requirementId'], 'r9', 'danglingReference'],
    ['an unknown scope', ['scope'], 'everything', 'notAllowed'],
    ['a bad export time', ['exportedAt'], 'now', 'wrongType']
  ])('refuses the whole file for %s', (_, path, value, code) => {
    const { data, issues } = parse(edit(backupJson(), path, value));
    expect(data).toBeNull();
    expect(issues).toEqual([expect.objectContaining({ code, path: pathText(path).slice(1) })]);
  });

  it('reports a __proto__ key in the envelope without polluting any prototype', () => {
    const text = JSON.stringify(backupJson()).replace('{', '{"__proto__":{"polluted":true},');
    const { data, issues } = parseBackupText(text, text.length);
    expect(data).toBeNull();
    expect(issues).toEqual([{ code: 'forbiddenKey', path: '__proto__', params: { key: '__proto__' } }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses two bundles with the same procurement id', () => {
    const { data, issues } = parse(backupJson([fixture(), fixture()]));
    expect(data).toBeNull();
    expect(issues).toEqual([
      { code: 'duplicateId', path: 'data.procurements[1].procurement.id', params: { id: 'p1' } }
    ]);
  });
});
