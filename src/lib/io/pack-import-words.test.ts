/** A filled pack in the words vendors really write: aliases read, N/A and unknown words reported. */
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Answer } from '../domain/model';
import { previewResponses } from '../domain/response-preview';
import { buildPackXlsx } from './pack-export';
import { parsePack, type PackExpectation } from './pack-import';
import { REQUIREMENTS, VENDOR_ID, packInput, response } from '$lib/testing/pack';
import { readTable } from './spreadsheet-read';

const EXPECTED: PackExpectation = { requirements: REQUIREMENTS, vendorId: VENDOR_ID };

/** Exports a pack, writes `cells` into it as a vendor's spreadsheet would, and reads it back. */
async function parseWith(cells: Record<string, Record<string, string>>) {
  const book = XLSX.read(await buildPackXlsx(packInput()), { type: 'buffer' });
  for (const [sheet, values] of Object.entries(cells)) {
    const target = book.Sheets[sheet];
    if (!target) throw new Error(`no sheet ${sheet}`);
    for (const [address, value] of Object.entries(values)) {
      XLSX.utils.sheet_add_aoa(target, [[value]], { origin: address });
    }
  }
  const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  const table = readTable(bytes, 'pack.xlsx');
  if (!table.data) throw new Error('unreadable');
  return parsePack(table.data, EXPECTED);
}

const at = (cell: string, code: string, params: Record<string, string>) => {
  const [, column = '', row = ''] = /^([A-Z]+)(\d+)$/.exec(cell) ?? [];
  return { code, path: `要件!${cell}`, params: { sheet: '要件', row: Number(row), column, ...params } };
};

describe('parsePack: the words vendors write', () => {
  it('reads 「ISMAP 登録」 in a 委託先 row and answers written Yes / ○ / 一部', async () => {
    const { data, issues } = await parseWith({
      要件: { G2: 'Yes', G3: '○', G4: '一部' },
      委託先: {
        A2: '架空IaaS株式会社',
        B2: 'IaaS基盤',
        C2: '重要',
        D2: '一体方式',
        E2: 'ISMAP 登録、SOC2 Type2'
      }
    });
    expect(issues).toEqual([]);
    expect(data?.answers.map((a) => [a.requirementId, a.answer])).toEqual([
      ['req-mfa', 'full'],
      ['req-enc', 'full'],
      ['req-log', 'partial']
    ]);
    expect(data?.subcontractors).toEqual([
      {
        row: 2,
        name: '架空IaaS株式会社',
        role: 'IaaS基盤',
        criticality: 'critical',
        subserviceMethod: 'inclusive',
        certifications: ['ismap', 'soc2Type2']
      }
    ]);
  });

  it.each<[string, string, string]>([
    ['N/A', 'N/A', 'answerNotApplicable'],
    ['該当なし', '該当なし', 'answerNotApplicable'],
    ['対象外', '対象外', 'answerNotApplicable'],
    ['a full-width dash', '－', 'answerNotApplicable'],
    ['an unknown word', '多分', 'answerNotInList']
  ])('%s is reported at its cell and read as no answer', async (_name, word, code) => {
    const { data, issues } = await parseWith({ 要件: { G3: word, H3: '理由を記載' } });
    expect(issues).toEqual([at('G3', code, { value: word, ref: 'R-002' })]);
    expect(data?.answers[1]).toMatchObject({ requirementId: 'req-enc', answer: null, answerUnread: true });
  });
});

describe('the preview of a pack answered in words', () => {
  it.each<[string, Answer | null]>([
    ['Yes', 'full'],
    ['○', 'full'],
    ['一部', 'partial']
  ])('%s previews as the answer %s', async (word, answer) => {
    const { data } = await parseWith({ 要件: { G2: word } });
    const { items } = previewResponses([], data?.answers ?? [], VENDOR_ID);
    expect(items.find((item) => item.requirementId === 'req-mfa')?.after.answer).toBe(answer);
  });

  it('never shows N/A or an unknown word as a change to a blank answer', async () => {
    const { data } = await parseWith({
      要件: { G2: 'N/A', H2: '対象外のため', G3: 'N/A', H3: '更新した説明', G4: '多分', H4: '説明' }
    });
    // req-enc has an answer stored; req-mfa and req-log have none.
    const stored = [response({ id: 'resp-enc', requirementId: 'req-enc', answer: 'partial' })];
    const { items, counts } = previewResponses(stored, data?.answers ?? [], VENDOR_ID);
    expect(items).toEqual([
      {
        requirementId: 'req-enc',
        kind: 'changed',
        before: { answer: 'partial', explanation: '', evidenceRefs: '' },
        after: { answer: 'partial', explanation: '更新した説明', evidenceRefs: '' }
      }
    ]);
    expect(counts).toEqual({ new: 0, changed: 1, unchanged: 0, skipped: 0, unanswered: 2 });
    expect(items.every((item) => item.after.answer !== null)).toBe(true);
  });
});
