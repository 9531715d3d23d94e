// The pack preview's certification table says, per row, whether it is added, already recorded, or
// changed — and what a change touches.
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { prefs } from '$lib/state/preferences.svelte';
import type { AttestationFields } from '$lib/domain/attestation-draft';
import type { PackRecordsPreview, RecordKind } from '$lib/domain/pack-records';
import { fieldsOf, stored } from '$lib/testing/attestation-draft';
import PackRecords from './PackRecords.svelte';

const html = (records: PackRecordsPreview) =>
  render(PackRecords, { props: { records } }).body.replaceAll(/<!--.*?-->/g, '');

describe('PackRecords', () => {
  beforeAll(async () => {
    await prefs.loadWork();
  });

  const CASES: [RecordKind, Partial<AttestationFields> | undefined, string][] = [
    ['new', undefined, '<td>追加</td>'],
    ['existing', undefined, '<td>登録済み</td>'],
    ['changed', { exceptions: [], cuecs: [] }, '<td>変更あり（例外事項、CUEC）</td>'],
    [
      'changed',
      { periodEnd: '2026-03-31', asOf: null, cloudAddOn: true },
      '<td>変更あり（期間・日付、ISO/IEC 27017 追加認証）</td>'
    ]
  ];
  it.each(CASES)('a %s row with changes %j says so', (kind, changes, cell) => {
    const fields = fieldsOf(stored('soc2Type2'));
    const body = html({
      attestations: [{ row: 2, kind, holder: null, fields, ...(changes ? { changes } : {}) }],
      subcontractors: []
    });
    expect(body).toContain(cell);
  });
});
