import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../defaults';
import { DELETE, edit, fixture, type Key } from '$lib/testing/restore';
import { restoreWith } from './schema';
import {
  RESTORERS,
  SCHEMAS,
  restoreEvidenceBlob,
  restoreProcurement,
  restoreVendor,
  type RecordTable
} from './tables';

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

describe('versions on answers and grades (issue 14)', () => {
  const records = fixture();
  it.each<[RecordTable, object]>([
    ['responses', records.responses[0]!],
    ['grades', records.grades[0]!]
  ])(
    '%s: a stored version and writer come back; none (an older record) stays absent; a wrong one is an issue',
    (table, record) => {
      const restore = RESTORERS[table];
      const withVersion = { ...record, version: 3, updatedBy: '山田' };
      expect(restore(withVersion, 'rec')).toEqual({ value: withVersion, issues: [] });
      const older = restore(record, 'rec');
      expect(older.issues).toEqual([]);
      expect('version' in (older.value as object)).toBe(false);
      const wrong = restore({ ...record, version: -1 }, 'rec');
      expect(wrong.issues.map((i) => i.path)).toEqual(['rec.version']);
    }
  );
});
