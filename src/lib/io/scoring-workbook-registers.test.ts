/**
 * The 証跡台帳 of the scoring workbook shows each register check: the register, the snapshot's
 * date and SHA-256, and the outcome with the differing fields side by side.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AttestationTypeInfo } from '../domain/catalogue';
import { newAttestationFields } from '../domain/defaults';
import type { Attestation, RegisterSnapshot } from '../domain/model';
import type { RegisterOutcome } from '../domain/registers/match';
import { registerVerification } from '../domain/registers/verify';
import { scoreProcurement } from '../domain/scoring';
import { scoringInputOf } from '../domain/scoring-input';
import { buildScoringWorkbook } from './scoring-workbook';
import type { ScoringWorkbookInput } from './scoring-workbook-sheet';
import { scenarioBundle, WORKED_EXAMPLE } from '$lib/testing/scoring-workbook';

const TYPES = (
  JSON.parse(
    readFileSync(new URL('../../../questionnaires/attestation-types.json', import.meta.url), 'utf8')
  ) as {
    types: AttestationTypeInfo[];
  }
).types;

const SNAPSHOT: RegisterSnapshot = {
  id: 'snap1',
  registerId: 'ismap',
  fileName: 'ismap.xlsx',
  sha256: 'ab'.repeat(32),
  importedAt: '2025-04-02T01:00:00.000Z',
  importedBy: '佐藤',
  listDate: '2025-04-01',
  sheet: 'リスト',
  headerRow: 5,
  entries: []
};

const outcome = (
  kind: RegisterOutcome['kind'],
  differences: RegisterOutcome['differences'] = []
): RegisterOutcome => ({
  kind,
  matchedBy: kind === 'notListed' ? null : 'number',
  entry: null,
  differences
});

describe('証跡台帳 with register checks', async () => {
  const bundle = scenarioBundle(WORKED_EXAMPLE);
  bundle.subcontractors.push({
    id: 'sub1',
    procurementId: 'p1',
    vendorId: 'A',
    order: 0,
    name: 'ベース基盤株式会社',
    role: 'IaaS',
    criticality: 'critical',
    subserviceMethod: 'carveOut',
    notes: ''
  });
  const att = (id: string, subcontractorId: string | null, result: RegisterOutcome): Attestation => ({
    ...newAttestationFields(),
    id,
    procurementId: 'p1',
    vendorId: 'A',
    subcontractorId,
    type: 'ismap',
    number: `C21-000${id.slice(-1)}-1`,
    verification: registerVerification(result, SNAPSHOT, 'ISMAPクラウドサービスリスト', '2025-04-03', '佐藤')
  });
  bundle.attestations.push(
    att('a1', null, outcome('confirmed')),
    att('a2', 'sub1', outcome('notListed')),
    att(
      'a3',
      null,
      outcome('mismatch', [{ field: 'company', claimed: '株式会社A', registered: '株式会社B' }])
    )
  );
  const input: ScoringWorkbookInput = {
    bundle,
    result: scoreProcurement(scoringInputOf(bundle)),
    attestationTypes: TYPES,
    today: '2025-05-01',
    chain: { ok: true, count: 0, head: '0'.repeat(64) },
    stability: null,
    exportedAt: '2025-05-01T00:00:00.000Z'
  };
  const bytes = await buildScoringWorkbook(input);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('証跡台帳')!;
  const cells: string[] = [];
  sheet.eachRow((row) => cells.push(String(row.getCell(11).value ?? '')));
  const cellOf = (number: string) => {
    let found = '';
    sheet.eachRow((row) => {
      if (row.getCell(4).value === number) found = String(row.getCell(11).value ?? '');
    });
    return found;
  };

  it.each([
    ['C21-0001-1', '登録簿で確認'],
    ['C21-0002-1', '未掲載'],
    ['C21-0003-1', '内容不一致']
  ])('%s: %s, with the register, the snapshot date and its SHA-256', (number, words) => {
    const cell = cellOf(number);
    expect(cell).toContain(words);
    expect(cell).toContain('ISMAPクラウドサービスリスト');
    expect(cell).toContain(`SHA-256: ${'ab'.repeat(32)}`);
    expect(cell).not.toContain('2025-04-01');
  });

  it('sets the differing fields side by side', () => {
    expect(cellOf('C21-0003-1')).toContain('名称: 申告「株式会社A」／登録簿「株式会社B」');
  });

  it('names a built-in register in the workbook’s language, whatever the screen it was checked on', async () => {
    const english = new ExcelJS.Workbook();
    await english.xlsx.load((await buildScoringWorkbook(input, { locale: 'en' })) as unknown as ArrayBuffer);
    const cells: string[] = [];
    english.getWorksheet('Evidence register')!.eachRow((row) => {
      if (row.getCell(4).value === 'C21-0001-1') cells.push(String(row.getCell(11).value ?? ''));
    });
    expect(cells).toHaveLength(1);
    expect(cells[0]).toMatch(/^ISMAP cloud service list \(/);
    expect(cells[0]).not.toContain('ISMAPクラウドサービスリスト');
    expect(cells[0]).toContain(`SHA-256: ${'ab'.repeat(32)}`);
  });

  it('names the 委託先 as the holder of its attestation', () => {
    let owner = '';
    sheet.eachRow((row) => {
      if (row.getCell(4).value === 'C21-0002-1') owner = String(row.getCell(2).value);
    });
    expect(owner).toBe('ベース基盤株式会社');
    expect(cells.length).toBeGreaterThan(3);
  });
});
