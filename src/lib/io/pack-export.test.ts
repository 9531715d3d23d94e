import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import * as Papa from 'papaparse';
import type { Workbook, Worksheet } from 'exceljs';
import { buildPackCsv, buildPackXlsx, packRows, type PackInput } from './pack-export';
import { rowHeightFor, wrappedLineCount } from './row-height';
import { requirementsChecksum } from './pack-format';
import {
  CRITERIA_HASH,
  HOSTILE_TITLE,
  OTHER_VENDOR_NAME,
  POINTS,
  REQUIREMENTS,
  VENDOR_ID,
  packInput
} from '$lib/testing/pack';

async function loadExcelJs(bytes: Uint8Array): Promise<Workbook> {
  const { default: excel } = await import('exceljs');
  const book = new excel.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

/** ExcelJS keeps it at run time but leaves it out of its typings. */
function protectionOf(sheet: Worksheet | undefined): Record<string, unknown> | undefined {
  return (sheet as unknown as { sheetProtection?: Record<string, unknown> } | undefined)?.sheetProtection;
}

function sheetRows(book: XLSX.WorkBook, name: string): unknown[][] {
  const sheet = book.Sheets[name];
  if (!sheet) throw new Error(`no sheet ${name}`);
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: '' });
}

/** The values a list validation offers: its range on another sheet, read from the workbook. */
function listValues(book: Workbook, formula: string | undefined): string[] {
  const match = /^'([^']+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula ?? '');
  if (!match) throw new Error(`not a range: ${formula}`);
  const [, name = '', column = '', first = '', , last = ''] = match;
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const values: string[] = [];
  for (let r = Number(first); r <= Number(last); r++)
    values.push(String(sheet.getCell(`${column}${r}`).value));
  return values;
}

/** The expected checksum, computed here independently of pack-format (node:crypto, own JSON). */
function independentChecksum(): string {
  const ordered = [...REQUIREMENTS].sort((a, b) => a.order - b.order);
  const json = JSON.stringify(ordered.map((r) => [r.id, r.ref, r.title, r.text]));
  return createHash('sha256').update(json, 'utf8').digest('hex');
}

const JA_HEADER = ['要件ID', '番号', '分野', '要件名', '要件の内容', '区分', '回答', '説明', '証跡の参照'];

describe('buildPackXlsx', () => {
  it('writes the sheets, the requirement table in specification order and the hidden id column', async () => {
    const book = XLSX.read(await buildPackXlsx(packInput()), { type: 'buffer', cellStyles: true });
    expect(book.SheetNames).toEqual([
      '回答方法',
      '要件',
      '第三者認証',
      '委託先',
      'SOC 2 詳細',
      '選択肢',
      'テンプレート情報'
    ]);
    expect(sheetRows(book, '要件')).toEqual([
      JA_HEADER,
      [
        'req-mfa',
        'R-001',
        '9 アクセス制御',
        '利用者認証',
        '多要素認証を提供すること。',
        '必須',
        '一部対応',
        'SMS と TOTP に対応。',
        ''
      ],
      [
        'req-enc',
        'R-002',
        '10 暗号',
        `'${HOSTILE_TITLE}`,
        '保存データを暗号化すること。',
        '任意',
        '',
        '',
        ''
      ],
      [
        'req-log',
        'R-003',
        '12 運用',
        'ログの保管',
        'ログを1年以上保管し、利用者が取得できること。\n保管期間は1〜3年から選べること。',
        '任意',
        '',
        '',
        ''
      ]
    ]);
    const cols = book.Sheets['要件']?.['!cols'] ?? [];
    expect(cols[0]?.hidden).toBe(true);
    expect(cols.slice(1).some((col) => col?.hidden)).toBe(false);
    expect(cols[4]?.wch ?? cols[4]?.width).toBeGreaterThan(30);
    // The hostile title is a plain string cell, never a formula.
    expect(book.Sheets['要件']?.['D3']).toMatchObject({ t: 's', v: `'${HOSTILE_TITLE}` });
    expect(book.Sheets['要件']?.['D3']?.f).toBeUndefined();
    const instructions = sheetRows(book, '回答方法').flat().join('\n');
    expect(instructions).toContain('件名: 文書管理SaaSの調達（令和9年度）');
    expect(instructions).toContain('事業者: アルファ株式会社（Alpha Docs）');
    expect(instructions).toContain('「回答」列で「対応」「一部対応」「未対応」のいずれかを選択');
    expect(sheetRows(book, '第三者認証')[0]).toEqual([
      '種類',
      '登録番号・認証番号',
      '認証機関・監査人',
      '期間の開始 (YYYY-MM-DD)',
      '期間の終了 (YYYY-MM-DD)',
      '対象範囲',
      '意見（保証報告書）'
    ]);
    expect(sheetRows(book, '委託先')[0]).toEqual([
      '名称',
      '役割',
      '重要度',
      '保証報告書での扱い',
      '保有する認証'
    ]);
  });

  it('records the template version, vendor, criteria and the checksum of the requirement texts', async () => {
    const book = XLSX.read(await buildPackXlsx(packInput()), { type: 'buffer', cellStyles: true });
    const rows = sheetRows(book, 'テンプレート情報');
    const value = (key: string) => rows.find((row) => row[0] === key)?.[2];
    expect(value('template')).toBe('sentei-pack/1');
    expect(value('procurementTitle')).toBe('文書管理SaaSの調達（令和9年度）');
    expect(value('vendorId')).toBe(VENDOR_ID);
    expect(value('vendorName')).toBe('アルファ株式会社');
    expect(value('serviceName')).toBe('Alpha Docs');
    expect(value('criteriaVersion')).toBe(2);
    expect(value('criteriaHash')).toBe(CRITERIA_HASH);
    expect(value('requirementsChecksum')).toBe(independentChecksum());
    expect(value('requirementsChecksum')).toBe(requirementsChecksum(REQUIREMENTS));
    expect(value('exportedAt')).toBe('2025-05-10T03:00:00.000Z');
    expect(book.Sheets['テンプレート情報']?.['!cols']?.[0]?.hidden).toBe(true);
  });

  it('puts an answer dropdown on every answer cell, freezes the header and protects the structure', async () => {
    const book = await loadExcelJs(await buildPackXlsx(packInput()));
    const sheet = book.getWorksheet('要件');
    if (!sheet) throw new Error('no 要件 sheet');
    for (const address of ['G2', 'G3', 'G4']) {
      const rule = sheet.getCell(address).dataValidation;
      expect(rule, address).toMatchObject({
        type: 'list',
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: 'stop'
      });
      expect(listValues(book, rule.formulae[0] as string), address).toEqual(['対応', '一部対応', '未対応']);
    }
    expect(sheet.getCell('G1').dataValidation).toBeUndefined();
    expect(sheet.getCell('G5').dataValidation).toBeUndefined();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).hidden).toBe(true);
    expect(protectionOf(sheet)).toMatchObject({ sheet: true });
    expect(protectionOf(sheet)?.algorithmName).toBeUndefined();
    for (const address of ['G2', 'H3', 'I4']) {
      expect(sheet.getCell(address).protection, address).toMatchObject({ locked: false });
    }
    for (const address of ['A2', 'B2', 'E3', 'F4', 'G1']) {
      expect(sheet.getCell(address).protection?.locked, address).not.toBe(false);
    }
    for (const name of ['第三者認証', '委託先', 'テンプレート情報', '回答方法']) {
      expect(protectionOf(book.getWorksheet(name)), name).toMatchObject({ sheet: true });
    }
    expect(book.getWorksheet('第三者認証')?.getCell('B2').protection).toMatchObject({ locked: false });
    expect(protectionOf(book.getWorksheet('選択肢'))).toMatchObject({ sheet: true });
  });

  it('gives each enumerated column a list of the labels, kept on the 選択肢 sheet, in the pack language', async () => {
    const book = await loadExcelJs(await buildPackXlsx(packInput()));
    const rule = (sheet: string, address: string) => {
      const found = book.getWorksheet(sheet)?.getCell(address).dataValidation;
      if (!found) throw new Error(`no validation at ${sheet}!${address}`);
      return found;
    };
    const types = listValues(book, rule('第三者認証', 'A2').formulae[0] as string);
    expect(types).toContain('ISMAP');
    expect(types).toContain('SOC 2 Type II');
    expect(types).toContain('CSゴールドマーク');
    expect(types).toHaveLength(16);
    // ISO/IEC 27017 on its own, and the 27001 certificate with the 27017 add-on.
    expect(types.filter((t) => /27017/.test(t))).toEqual(['ISO/IEC 27017', 'ISO/IEC 27001 + ISO/IEC 27017']);
    expect(listValues(book, rule('第三者認証', 'A31').formulae[0] as string)).toEqual(types);
    expect(rule('第三者認証', 'A2').errorStyle).toBe('warning');
    expect(listValues(book, rule('第三者認証', 'G2').formulae[0] as string)).toEqual([
      '無限定意見',
      '限定付意見',
      '否定的意見',
      '意見不表明'
    ]);
    expect(listValues(book, rule('委託先', 'C2').formulae[0] as string)).toEqual(['重要', '通常']);
    expect(listValues(book, rule('委託先', 'D2').formulae[0] as string)).toEqual(['除外方式', '一体方式']);
    // Several certifications share a cell: no list, but a note on how to separate them.
    expect(rule('委託先', 'E2')).toMatchObject({ showInputMessage: true });
    expect(rule('委託先', 'E2').type).not.toBe('list');
    expect(rule('委託先', 'E2').prompt).toContain('「、」または改行');
    // The free-text columns have no list.
    for (const address of ['B2', 'C2', 'F2']) {
      expect(book.getWorksheet('第三者認証')?.getCell(address).dataValidation, address).toBeUndefined();
    }
    const accepted = book.getWorksheet('選択肢');
    expect(accepted?.getRow(1).values).toEqual([
      undefined,
      '「要件」回答',
      '「第三者認証」種類',
      '「第三者認証」意見（保証報告書）',
      '「委託先」重要度',
      '「委託先」保証報告書での扱い',
      '「委託先」保有する認証（複数可）',
      '「SOC 2 詳細」種類',
      '「SOC 2 詳細」項目'
    ]);
    const packText = JSON.stringify(book.worksheets.map((sheet) => sheet.getSheetValues()));
    expect(packText).not.toContain('包含方式');
    expect(packText).not.toContain('CSマーク・ゴールド');
  });

  it('writes an English pack with English sheets, headings, answers and instructions only', async () => {
    const bytes = await buildPackXlsx(packInput({ locale: 'en' }));
    const book = XLSX.read(bytes, { type: 'buffer' });
    expect(book.SheetNames).toEqual([
      'Instructions',
      'Requirements',
      'Certifications',
      'Subcontractors',
      'SOC 2 details',
      'Accepted values',
      'Template info'
    ]);
    const rows = sheetRows(book, 'Requirements');
    expect(rows[0]).toEqual([
      'Requirement ID',
      'No.',
      'Domain',
      'Title',
      'Requirement',
      'Kind',
      'Answer',
      'Explanation',
      'Evidence references'
    ]);
    expect(rows[1]?.slice(5, 7)).toEqual(['Mandatory', 'Partly meets']);
    const instructions = sheetRows(book, 'Instructions').flat().join('\n');
    expect(instructions).toContain('How to answer');
    // English documents are English throughout (issue 18); a Japanese pack repeats the steps in English.
    expect(instructions).not.toContain('回答方法');
    const excel = await loadExcelJs(bytes);
    const answerList = excel.getWorksheet('Requirements')?.getCell('G3').dataValidation?.formulae;
    expect(listValues(excel, answerList?.[0] as string)).toEqual(['Meets', 'Partly meets', 'Does not meet']);
    const method = excel.getWorksheet('Subcontractors')?.getCell('D5').dataValidation?.formulae;
    expect(listValues(excel, method?.[0] as string)).toEqual(['Carve-out method', 'Inclusive method']);
    expect(instructions).toContain('Accepted values sheet');
    expect(instructions).toContain('comma, a semicolon or a line break');
  });
});

describe('buildPackCsv', () => {
  it('writes the template line, then the table of the 要件 sheet, UTF-8 with BOM and CRLF', async () => {
    const bytes = await buildPackCsv(packInput());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(text.trimEnd(), { newline: '\r\n' }).data;
    expect(rows[0]).toEqual([
      'sentei-pack/1',
      'requirementsChecksum',
      independentChecksum(),
      'vendorId',
      VENDOR_ID,
      'vendorName',
      'アルファ株式会社',
      'criteriaVersion',
      '2',
      'criteriaHash',
      CRITERIA_HASH,
      'exportedAt',
      '2025-05-10T03:00:00.000Z'
    ]);
    expect(rows[1]).toEqual(JA_HEADER);
    expect(rows.slice(2).map((row) => row[0])).toEqual(['req-mfa', 'req-enc', 'req-log']);
    expect(rows[3]?.[3]).toBe(`'${HOSTILE_TITLE}`);
    expect(rows[2]?.[6]).toBe('一部対応');
  });

  it('encodes Shift_JIS on request', async () => {
    const bytes = await buildPackCsv(packInput(), 'shift_jis');
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('shift_jis').decode(bytes);
    expect(text).toContain('要件ID,番号,分野');
    // 〜 (U+301C) has no Shift_JIS code of its own: it is written as Windows-31J's ～.
    expect(text).toContain('保管期間は1～3年から選べること。');
  });
});

describe('a pack never carries points, rubric, other vendors or internal notes', () => {
  // Whatever a caller passes, the builders read only the fields a vendor may see.
  const leaky = {
    ...packInput(),
    settings: { rubric: [{ code: 'A', labelJa: '優', labelEn: 'Good', factor: 0.73 }], priceAllocation: 37 },
    vendors: [{ id: 'v-beta', company: OTHER_VENDOR_NAME }],
    grades: [{ rationale: '評価者メモ: 社外秘' }],
    notes: '内部メモ: 社外秘'
  } as PackInput;
  const FORBIDDEN_TEXT = [/配点/, /点/, /係数/, /points?/i, /factor/i, /rubric/i, /社外秘/, /0\.73/];

  function assertClean(cells: { where: string; value: unknown }[]): void {
    expect(cells.length).toBeGreaterThan(40);
    for (const { where, value } of cells) {
      if (typeof value === 'number') {
        expect(POINTS, `${where} = ${value}`).not.toContain(value);
        continue;
      }
      const text = String(value);
      // Every number written inside a text, except in a hash (hex digits may spell anything).
      const numbers = /^[0-9a-f]{64}$/.test(text) ? [] : (text.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
      for (const points of POINTS) expect(numbers, `${where}: ${text}`).not.toContain(points);
      expect(text, where).not.toContain(OTHER_VENDOR_NAME);
      expect(text, where).not.toContain('v-beta');
      for (const pattern of FORBIDDEN_TEXT) expect(text, where).not.toMatch(pattern);
    }
  }

  it('holds for the XLSX read with SheetJS', async () => {
    const book = XLSX.read(await buildPackXlsx(leaky), { type: 'buffer' });
    const cells = book.SheetNames.flatMap((name) =>
      Object.entries(book.Sheets[name] ?? {})
        .filter(([address]) => !address.startsWith('!'))
        .map(([address, cell]) => ({ where: `${name}!${address}`, value: (cell as XLSX.CellObject).v }))
    );
    assertClean(cells);
  });

  it('holds for the XLSX read with ExcelJS, validations and sheet names included', async () => {
    const book = await loadExcelJs(await buildPackXlsx(leaky));
    const cells: { where: string; value: unknown }[] = [];
    book.eachSheet((sheet) => {
      cells.push({ where: 'sheet name', value: sheet.name });
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          cells.push({ where: `${sheet.name}!${cell.address}`, value: cell.value });
          const rule = cell.dataValidation;
          if (rule) cells.push({ where: `${sheet.name}!${cell.address} list`, value: rule.formulae?.join() });
        })
      );
    });
    assertClean(cells);
  });

  it.each(['utf-8-bom', 'shift_jis'] as const)('holds for the %s CSV', async (encoding) => {
    const bytes = await buildPackCsv(leaky, encoding);
    const text = new TextDecoder(encoding === 'shift_jis' ? 'shift_jis' : 'utf-8').decode(bytes);
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trimEnd(), { newline: '\r\n' }).data;
    assertClean(rows.flatMap((row, r) => row.map((value, c) => ({ where: `R${r + 1}C${c + 1}`, value }))));
  });

  it('builds the table from the given vendor only', () => {
    const rows = packRows(leaky).flat().join('\n');
    expect(rows).toContain('SMS と TOTP に対応。');
    expect(rows).not.toContain(OTHER_VENDOR_NAME);
  });
});

describe('the instructions sheet prints on A4 portrait without overlaps', () => {
  it('gives each wrapped line a row tall enough for it', async () => {
    const { default: excel } = await import('exceljs');
    const book = new excel.Workbook();
    await book.xlsx.load((await buildPackXlsx(packInput())).buffer as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
    const width = sheet.getColumn(1).width!;
    let wrapped = 0;
    sheet.eachRow((row) => {
      const lines = wrappedLineCount(String(row.getCell(1).value ?? ''), width);
      if (lines > 1) {
        wrapped++;
        expect(row.height).toBe(rowHeightFor(lines));
      }
    });
    expect(wrapped).toBeGreaterThan(0);
  });
});
