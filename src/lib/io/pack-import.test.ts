import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import * as Papa from 'papaparse';
import { encodeShiftJis, utf8WithBom } from './encoding';
import { buildPackCsv, buildPackXlsx } from './pack-export';
import { parsePack, readPack, type PackExpectation } from './pack-import';
import { REQUIREMENTS, VENDOR_ID, packInput, requirement, response } from '$lib/testing/pack';
import { readTable } from './spreadsheet-read';
import { previewPackRecords } from '../domain/pack-records';

const HOSTILE = '=HYPERLINK("http://evil","x")';
const EXPECTED: PackExpectation = { requirements: REQUIREMENTS, vendorId: VENDOR_ID };

type Edit = (book: XLSX.WorkBook) => void;

/** Exports a pack, edits it with SheetJS as a vendor's spreadsheet would, and saves it again. */
async function filledXlsx(edit: Edit, input = packInput()): Promise<Uint8Array> {
  const book = XLSX.read(await buildPackXlsx(input), { type: 'buffer' });
  edit(book);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function put(book: XLSX.WorkBook, sheet: string, address: string, value: string): void {
  const target = book.Sheets[sheet];
  if (!target) throw new Error(`no sheet ${sheet}`);
  XLSX.utils.sheet_add_aoa(target, [[value]], { origin: address });
}

/** The vendor's answers: row 2 changed (and a hostile explanation), row 3 answered, row 4 blank. */
const answerAll: Edit = (book) => {
  put(book, '要件', 'G2', '対応');
  put(book, '要件', 'H2', HOSTILE);
  put(book, '要件', 'G3', '未対応');
  put(book, '要件', 'H3', '@SUM(1)');
  put(book, '要件', 'I3', "+cmd|' /C calc'!A0");
};

async function parseFilled(edit: Edit, expected = EXPECTED) {
  const table = readTable(await filledXlsx(edit), 'pack.xlsx');
  expect(table.issues).toEqual([]);
  if (!table.data) throw new Error('unreadable');
  return parsePack(table.data, expected);
}

describe('parsePack: a filled XLSX pack', () => {
  it('gives the answers by requirement id, blanks as null / empty, hostile text intact', async () => {
    const { data, issues } = await parseFilled(answerAll);
    expect(issues).toEqual([]);
    expect(data).toEqual({
      vendorName: 'アルファ株式会社',
      answers: [
        { requirementId: 'req-mfa', answer: 'full', explanation: HOSTILE, evidenceRefs: '', row: 2 },
        {
          requirementId: 'req-enc',
          answer: 'none',
          explanation: '@SUM(1)',
          evidenceRefs: "+cmd|' /C calc'!A0",
          row: 3
        },
        { requirementId: 'req-log', answer: null, explanation: '', evidenceRefs: '', row: 4 }
      ]
    });
  });

  it('reads back what was pre-filled, a guarded text without its guard', async () => {
    const input = packInput({
      answers: [
        response({ requirementId: 'req-log', answer: 'partial', explanation: '=1+1', evidenceRefs: 'p.3' })
      ]
    });
    const table = readTable(await buildPackXlsx(input), 'pack.xlsx');
    const { data, issues } = parsePack(table.data!, EXPECTED);
    expect(issues).toEqual([]);
    expect(data?.answers.find((a) => a.requirementId === 'req-log')).toEqual({
      requirementId: 'req-log',
      answer: 'partial',
      explanation: '=1+1',
      evidenceRefs: 'p.3',
      row: 4
    });
  });

  it('reads an English pack', async () => {
    const book = XLSX.read(await buildPackXlsx(packInput({ locale: 'en' })), { type: 'buffer' });
    put(book, 'Requirements', 'G3', 'Partly meets');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const { data, issues } = readPack(bytes, 'pack.xlsx', EXPECTED);
    expect(issues).toEqual([]);
    expect(data?.answers.map((a) => a.answer)).toEqual(['partial', 'partial', null]);
  });
});

describe('parsePack: problems, each with its cell', () => {
  const at = (path: string, code: string, params: Record<string, string | number>) => {
    const [sheet = '', cell = ''] = path.split('!');
    const [, column = '', row = ''] = /^([A-Z]+)(\d+)$/.exec(cell) ?? [];
    return { code, path, params: { sheet, row: Number(row), column, ...params } };
  };

  it('unknownRequirementId: an id not in the locked criteria; the row is left out', async () => {
    const { data, issues } = await parseFilled((book) => {
      answerAll(book);
      put(book, '要件', 'A3', 'req-gone');
    });
    expect(issues).toEqual([at('要件!A3', 'unknownRequirementId', { id: 'req-gone' })]);
    expect(data?.answers.map((a) => a.requirementId)).toEqual(['req-mfa', 'req-log']);
  });

  it('unknownRequirementId: a typed row without an id; a wholly empty row is no problem', async () => {
    const { issues } = await parseFilled((book) => {
      put(book, '要件', 'H6', '追記');
    });
    expect(issues).toEqual([at('要件!A6', 'unknownRequirementId', { id: '' })]);
  });

  it('requirementTextChanged: the requirement text was edited; its answer is left out', async () => {
    const { data, issues } = await parseFilled((book) => {
      answerAll(book);
      put(book, '要件', 'E4', 'ログを保管すること。');
      put(book, '要件', 'G4', '対応');
    });
    expect(issues).toEqual([at('要件!E4', 'requirementTextChanged', { id: 'req-log', ref: 'R-003' })]);
    expect(data?.answers.map((a) => a.requirementId)).toEqual(['req-mfa', 'req-enc']);
  });

  it('accepts the text with other line ends, NFD or surrounding spaces', async () => {
    const { issues } = await parseFilled((book) => {
      const text = REQUIREMENTS[0]!.text;
      put(book, '要件', 'E4', `  ${text.replace('\n', '\r\n').normalize('NFD')} `);
    });
    expect(issues).toEqual([]);
  });

  it('answerNotInList: the answer is not one of the list; it counts as blank, the rest is kept', async () => {
    const { data, issues } = await parseFilled((book) => {
      put(book, '要件', 'G2', '多分');
      put(book, '要件', 'H2', '説明あり');
    });
    expect(issues).toEqual([at('要件!G2', 'answerNotInList', { value: '多分', ref: 'R-001' })]);
    expect(data?.answers[0]).toMatchObject({
      requirementId: 'req-mfa',
      answer: null,
      explanation: '説明あり'
    });
  });

  it('duplicateId: a requirement row copied; the first one counts', async () => {
    const { data, issues } = await parseFilled((book) => put(book, '要件', 'A4', 'req-mfa'));
    expect(issues).toEqual([at('要件!A4', 'duplicateId', { id: 'req-mfa' })]);
    expect(data?.answers.map((a) => a.row)).toEqual([2, 3]);
  });

  it('templateVersionMismatch: another template version; nothing is read', async () => {
    const { data, issues } = await parseFilled((book) =>
      put(book, 'テンプレート情報', 'C1', 'sentei-pack/2')
    );
    expect(data).toBeNull();
    expect(issues).toEqual([
      at('テンプレート情報!C1', 'templateVersionMismatch', {
        expected: 'sentei-pack/1',
        found: 'sentei-pack/2'
      })
    ]);
  });

  it('templateVersionMismatch: no template info at all', async () => {
    const { data, issues } = await parseFilled((book) => {
      book.SheetNames = book.SheetNames.filter((name) => name !== 'テンプレート情報');
      delete book.Sheets['テンプレート情報'];
    });
    expect(data).toBeNull();
    expect(issues).toEqual([
      { code: 'templateVersionMismatch', path: '', params: { expected: 'sentei-pack/1', found: '—' } }
    ]);
  });

  it('otherVendor: a pack made for another vendor; nothing is read', async () => {
    const { data, issues } = await parseFilled(answerAll, { ...EXPECTED, vendorId: 'v-beta' });
    expect(data).toBeNull();
    expect(issues).toEqual([at('テンプレート情報!C4', 'otherVendor', { found: 'アルファ株式会社' })]);
  });

  it('checksumMismatch: the criteria changed since the pack was made; rows are still checked one by one', async () => {
    const changed = REQUIREMENTS.map((r) => (r.id === 'req-log' ? { ...r, text: '新しい内容' } : r));
    const { data, issues } = await parseFilled(answerAll, { ...EXPECTED, requirements: changed });
    expect(issues).toEqual([
      at('テンプレート情報!C9', 'checksumMismatch', {}),
      at('要件!E4', 'requirementTextChanged', { id: 'req-log', ref: 'R-003' })
    ]);
    expect(data?.answers.map((a) => a.requirementId)).toEqual(['req-mfa', 'req-enc']);
  });

  it('checksumMismatch: a requirement added to the criteria', async () => {
    const added = [...REQUIREMENTS, requirement({ id: 'req-new', order: 3, ref: 'R-004' })];
    const { data, issues } = await parseFilled(answerAll, { ...EXPECTED, requirements: added });
    expect(issues).toEqual([at('テンプレート情報!C9', 'checksumMismatch', {})]);
    expect(data?.answers).toHaveLength(3);
  });

  it.each([
    ['G1', '対応状況', '回答 / Answer'],
    ['A1', '識別子', '要件ID / Requirement ID']
  ])('missingRequiredColumn: heading %s renamed', async (address, heading, name) => {
    const { data, issues } = await parseFilled((book) => put(book, '要件', address, heading));
    expect(data).toBeNull();
    expect(issues).toEqual([at('要件!J1', 'missingRequiredColumn', { name })]);
  });

  it('keeps the notSpreadsheet and fileTooLarge of readTable', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n');
    expect(readPack(pdf, 'pack.xlsx', EXPECTED)).toEqual({
      data: null,
      issues: [{ code: 'notSpreadsheet', path: '' }]
    });
    const bytes = await buildPackXlsx(packInput());
    expect(readPack(bytes, 'pack.xlsx', EXPECTED, { maxBytes: 1024 })).toMatchObject({
      data: null,
      issues: [{ code: 'fileTooLarge', path: '' }]
    });
  });
});

describe('parsePack: a CSV pack', () => {
  /** Decodes a pack CSV, lets `fill` edit the rows, and encodes it again the same way. */
  async function filledCsv(
    encoding: 'utf-8-bom' | 'shift_jis',
    fill: (rows: string[][]) => void,
    input = packInput()
  ) {
    const bytes = await buildPackCsv(input, encoding);
    const text = new TextDecoder(encoding === 'shift_jis' ? 'shift_jis' : 'utf-8').decode(bytes);
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trimEnd(), { newline: '\r\n' }).data;
    fill(rows);
    const out = `${Papa.unparse(rows, { newline: '\r\n', escapeFormulae: false })}\r\n`;
    return encoding === 'shift_jis' ? encodeShiftJis(out) : utf8WithBom(out);
  }

  const fill = (rows: string[][]) => {
    rows[2]![6] = '○';
    rows[2]![7] = HOSTILE;
    rows[3]![6] = '△';
    rows[3]![8] = '@SUM(1)';
  };

  it('parses the same way as the workbook', async () => {
    const { data, issues } = readPack(await filledCsv('utf-8-bom', fill), 'pack.csv', EXPECTED);
    expect(issues).toEqual([]);
    expect(data?.answers).toEqual([
      { requirementId: 'req-mfa', answer: 'full', explanation: HOSTILE, evidenceRefs: '', row: 3 },
      { requirementId: 'req-enc', answer: 'partial', explanation: '', evidenceRefs: '@SUM(1)', row: 4 },
      { requirementId: 'req-log', answer: null, explanation: '', evidenceRefs: '', row: 5 }
    ]);
  });

  it('round-trips Shift_JIS, even text Shift_JIS changes (〜) or cannot hold (𠮷)', async () => {
    const requirements = REQUIREMENTS.map((r) =>
      r.id === 'req-enc' ? { ...r, text: '𠮷田データセンターで保存データを暗号化すること。' } : r
    );
    const input = packInput({ requirements });
    const bytes = await filledCsv('shift_jis', fill, input);
    const { data, issues } = readPack(bytes, 'pack.csv', { requirements, vendorId: VENDOR_ID });
    expect(issues).toEqual([]);
    expect(data?.answers.map((a) => [a.answer, a.explanation, a.evidenceRefs])).toEqual([
      ['full', HOSTILE, ''],
      ['partial', '', '@SUM(1)'],
      [null, '', '']
    ]);
  });

  it('still notices a changed text in Shift_JIS', async () => {
    const bytes = await filledCsv('shift_jis', (rows) => (rows[4]![4] = 'ログを保管すること。'));
    const { issues } = readPack(bytes, 'pack.csv', EXPECTED);
    expect(issues).toEqual([
      {
        code: 'requirementTextChanged',
        path: 'pack!E5',
        params: { sheet: 'pack', row: 5, column: 'E', id: 'req-log', ref: 'R-003' }
      }
    ]);
  });

  it('textTooLong: a text longer than a cell holds is refused with its cell; nothing is stored cut', async () => {
    const huge = '長'.repeat(100_000);
    const fits = 'a'.repeat(32_767);
    const bytes = await filledCsv('utf-8-bom', (rows) => {
      rows[2]![6] = '対応';
      rows[2]![7] = huge;
      rows[3]![6] = '対応';
      rows[3]![8] = fits;
      // The guard's quote takes a cell character: a formula-like text may have one fewer.
      rows[4]![6] = '対応';
      rows[4]![7] = `'=${'b'.repeat(32_766)}`;
    });
    const { data, issues } = readPack(bytes, 'pack.csv', EXPECTED);
    expect(issues).toEqual([
      {
        code: 'textTooLong',
        path: 'pack!H3',
        params: { sheet: 'pack', row: 3, column: 'H', length: 100_000, max: 32_767 }
      },
      {
        code: 'textTooLong',
        path: 'pack!H5',
        params: { sheet: 'pack', row: 5, column: 'H', length: 32_767, max: 32_766 }
      }
    ]);
    expect(data?.answers.map((a) => [a.requirementId, a.evidenceRefs.length])).toEqual([['req-enc', 32_767]]);
  });

  it('locates template problems on the first line', async () => {
    const bytes = await filledCsv('utf-8-bom', fill);
    expect(readPack(bytes, 'pack.csv', { ...EXPECTED, vendorId: 'v-beta' }).issues).toEqual([
      {
        code: 'otherVendor',
        path: 'pack!E1',
        params: { sheet: 'pack', row: 1, column: 'E', found: 'アルファ株式会社' }
      }
    ]);
    const other = await filledCsv('utf-8-bom', (rows) => (rows[0]![2] = '0'.repeat(64)));
    expect(readPack(other, 'pack.csv', EXPECTED).issues).toEqual([
      { code: 'checksumMismatch', path: 'pack!C1', params: { sheet: 'pack', row: 1, column: 'C' } }
    ]);
    const old = await filledCsv('utf-8-bom', (rows) => rows.shift());
    expect(readPack(old, 'pack.csv', EXPECTED)).toEqual({
      data: null,
      issues: [
        { code: 'templateVersionMismatch', path: '', params: { expected: 'sentei-pack/1', found: '—' } }
      ]
    });
  });
});

describe('parsePack: the certification and subcontractor sheets', () => {
  const at = (path: string, code: string, params: Record<string, string | number>) => {
    const [sheet = '', cell = ''] = path.split('!');
    const [, column = '', row = ''] = /^([A-Z]+)(\d+)$/.exec(cell) ?? [];
    return { code, path, params: { sheet, row: Number(row), column, ...params } };
  };
  const row = (book: XLSX.WorkBook, sheet: string, address: string, values: (string | number)[]) => {
    const target = book.Sheets[sheet];
    if (!target) throw new Error(`no sheet ${sheet}`);
    XLSX.utils.sheet_add_aoa(target, [values], { origin: address });
  };

  it('reads filled rows only, with the dropdown labels, dates in every accepted form and hostile text intact', async () => {
    const { data, issues } = await parseFilled((book) => {
      row(book, '第三者認証', 'A2', [
        'ISMAP',
        'C99-0009-1',
        HOSTILE,
        '2025/04/01',
        '2026-03-31',
        '東京リージョン'
      ]);
      row(book, '第三者認証', 'A4', ['SOC 2 Type II', '', '架空監査法人', 45658, '2025年12月31日', '']);
      row(book, '委託先', 'A2', ['架空IaaS株式会社', 'IaaS基盤', '重要', '除外方式', 'ISMAP、ISO/IEC 27001']);
      row(book, '委託先', 'A3', ['サポート合同会社', '問い合わせ窓口', '通常', '包含方式', '']);
    });
    expect(issues).toEqual([]);
    expect(data?.attestations).toEqual([
      {
        row: 2,
        type: 'ismap',
        number: 'C99-0009-1',
        issuer: HOSTILE,
        periodStart: '2025-04-01',
        periodEnd: '2026-03-31',
        scopeText: '東京リージョン'
      },
      {
        row: 4,
        type: 'soc2Type2',
        number: '',
        issuer: '架空監査法人',
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        scopeText: ''
      }
    ]);
    expect(data?.subcontractors).toEqual([
      {
        row: 2,
        name: '架空IaaS株式会社',
        role: 'IaaS基盤',
        criticality: 'critical',
        subserviceMethod: 'carveOut',
        certifications: ['ismap', 'iso27001']
      },
      {
        row: 3,
        name: 'サポート合同会社',
        role: '問い合わせ窓口',
        criticality: 'normal',
        subserviceMethod: 'inclusive',
        certifications: []
      }
    ]);
  });

  it('reads the English sheets and labels', async () => {
    const book = XLSX.read(await buildPackXlsx(packInput({ locale: 'en' })), { type: 'buffer' });
    row(book, 'Certifications', 'A2', ['CS Mark Gold', 'CS-G-1', 'Auditor', '2025-01-01', '2025-12-31']);
    row(book, 'Subcontractors', 'A2', ['Global DC', 'Data centre', 'Critical', 'Inclusive', 'SOC 3']);
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const { data, issues } = readPack(bytes, 'pack.xlsx', EXPECTED);
    expect(issues).toEqual([]);
    expect(data?.attestations?.map((a) => a.type)).toEqual(['csGold']);
    expect(data?.subcontractors?.[0]).toMatchObject({
      criticality: 'critical',
      subserviceMethod: 'inclusive',
      certifications: ['soc3']
    });
  });

  it('leaves them out of the data when the sheets are blank, as before', async () => {
    const { data } = await parseFilled(answerAll);
    expect(data).not.toHaveProperty('attestations');
    expect(data).not.toHaveProperty('subcontractors');
  });

  it('reads the opinion of a report by its label or an alias; another word is a note and a blank opinion', async () => {
    const { data, issues } = await parseFilled((book) => {
      row(book, '第三者認証', 'A2', [
        'SOC 2 Type II',
        '',
        '架空監査法人',
        '2024-04-01',
        '2025-03-31',
        '',
        '限定付意見'
      ]);
      row(book, '第三者認証', 'A3', [
        'SOC 2',
        '',
        '架空監査法人',
        '2024-04-01',
        '2025-03-31',
        '',
        'Unqualified opinion'
      ]);
      row(book, '第三者認証', 'A4', ['SOC 3', '', '架空監査法人', '', '', '', 'よい']);
    });
    expect(issues).toEqual([at('第三者認証!G4', 'unknownOpinion', { value: 'よい' })]);
    expect(data?.attestations?.map((a) => [a.type, a.opinion])).toEqual([
      ['soc2Type2', 'qualified'],
      ['soc2Type2', 'unmodified'],
      ['soc3', undefined]
    ]);
  });

  it.each([
    ['ISO/IEC 27017', 'iso27017', undefined],
    ['ISMSクラウドセキュリティ認証', 'iso27017', undefined],
    ['ISO/IEC 27001', 'iso27001', undefined],
    ['ISO/IEC 27001 + ISO/IEC 27017', 'iso27001', true],
    ['ISO 27001（27017 付き）', 'iso27001', true]
  ])('a certification row of %j is kept as %s (27017 add-on: %s)', async (typeText, type, addOn) => {
    const { data, issues } = await parseFilled((book) => {
      row(book, '第三者認証', 'A2', [typeText, 'IS 9', '認証機関', '2025-04-01', '2028-03-31']);
    });
    expect(issues).toEqual([]);
    expect(data?.attestations?.map((a) => [a.type, a.cloudAddOn])).toEqual([[type, addOn]]);
  });

  it('a 27017 row beside its 27001 row, same number, adds both records', async () => {
    const { data } = await parseFilled((book) => {
      row(book, '第三者認証', 'A2', ['ISO/IEC 27001', 'IS 9', '認証機関', '2025-04-01', '2028-03-31']);
      row(book, '第三者認証', 'A3', ['ISO/IEC 27017', 'IS 9', '認証機関', '2025-04-01', '2028-03-31']);
    });
    const rows = data?.attestations ?? [];
    const preview = previewPackRecords({ subcontractors: [], attestations: [] }, 'v1', {
      attestations: rows,
      subcontractors: []
    });
    expect(preview.attestations.map((a) => [a.kind, a.fields.type, a.fields.expiry])).toEqual([
      ['new', 'iso27001', '2028-03-31'],
      ['new', 'iso27017', '2028-03-31']
    ]);
  });

  it('unknownAttestationType: a type not in the list; the row is left out', async () => {
    const { data, issues } = await parseFilled((book) => {
      row(book, '第三者認証', 'A2', ['PCI DSS', 'X-1']);
      row(book, '第三者認証', 'A3', ['', '番号だけ']);
      row(book, '第三者認証', 'A4', ['ISO/IEC 27001', 'IS 1']);
    });
    expect(issues).toEqual([
      at('第三者認証!A2', 'unknownAttestationType', { value: 'PCI DSS' }),
      at('第三者認証!A3', 'unknownAttestationType', { value: '' })
    ]);
    expect(data?.attestations?.map((a) => a.row)).toEqual([4]);
  });

  it('invalidDate / impossibleDate: no date, or one the calendar lacks; it counts as blank, the row is kept', async () => {
    const { data, issues } = await parseFilled((book) => {
      row(book, '第三者認証', 'A2', ['ISMAP', 'C1', '', '来年度', '2025-02-30']);
    });
    expect(issues).toEqual([
      at('第三者認証!D2', 'invalidDate', { value: '来年度' }),
      at('第三者認証!E2', 'impossibleDate', { value: '2025-02-30' })
    ]);
    expect(data?.attestations?.[0]).toMatchObject({ number: 'C1', periodStart: null, periodEnd: null });
  });

  it('unknownCertificationType: a subcontractor certification not in the list; the others are kept', async () => {
    const { data, issues } = await parseFilled((book) => {
      row(book, '委託先', 'A2', ['架空IaaS株式会社', 'IaaS', '', '', 'ISMAP, FedRAMP']);
    });
    expect(issues).toEqual([
      at('委託先!E2', 'unknownCertificationType', { value: 'FedRAMP', name: '架空IaaS株式会社' })
    ]);
    expect(data?.subcontractors?.[0]?.certifications).toEqual(['ismap']);
  });

  it('textTooLong: a certification or subcontractor row with a text past the cell limit is left out', async () => {
    // Excel and SheetJS write no such cell; another program may, so the rows are given as read.
    const tooLong = 'x'.repeat(32_768);
    const table = readTable(await buildPackXlsx(packInput()), 'pack.xlsx').data;
    if (!table) throw new Error('unread');
    const rowsOf = (name: string) => table.sheets.find((sheet) => sheet.name === name)?.rows ?? [];
    rowsOf('第三者認証').splice(
      1,
      2,
      ['ISMAP', 'C-1', '監査法人', '', '', tooLong],
      ['ISMAP', 'C-2', '監査法人', '', '', 'x'.repeat(32_767)]
    );
    rowsOf('委託先').splice(1, 1, ['架空IaaS株式会社', tooLong]);
    const { data, issues } = parsePack(table, EXPECTED);
    expect(issues).toEqual([
      at('第三者認証!F2', 'textTooLong', { length: 32_768, max: 32_767 }),
      at('委託先!B2', 'textTooLong', { length: 32_768, max: 32_767 })
    ]);
    expect(data?.attestations?.map((a) => a.number)).toEqual(['C-2']);
    expect(data).not.toHaveProperty('subcontractors');
  });

  it('subcontractorNameMissing: a typed row without a name; the row is left out', async () => {
    const { data, issues } = await parseFilled((book) => {
      row(book, '委託先', 'A3', ['', '運用保守']);
    });
    expect(issues).toEqual([at('委託先!A3', 'subcontractorNameMissing', {})]);
    expect(data).not.toHaveProperty('subcontractors');
  });
});
