// The SOC 2 詳細 sheet of the pack: what it reads, what it refuses (and how much), and that a pack
// exported with the reports on file reads back as no change at all.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Attestation, Subcontractor } from '$lib/domain/model';
import { previewPackRecords, type PackAttestationRow } from '$lib/domain/pack-records';
import { stored as record } from '$lib/testing/attestation-draft';
import { REQUIREMENTS, VENDOR_ID, packInput } from '$lib/testing/pack';
import { buildPackXlsx, soc2Rows } from './pack-export';
import { PACK_SOC2_HEADERS } from './pack-format';
import { readPack, type PackExpectation } from './pack-import';
import { joinSoc2, parseSoc2Sheet } from './pack-import-soc2';
import type { TableInput } from './table';

const EXPECTED: PackExpectation = { requirements: REQUIREMENTS, vendorId: VENDOR_ID };
const REF = ['SOC 2 Type II', '架空監査法人', '2026-04-01', '2027-03-31'];

/** A table with only the SOC 2 詳細 sheet: the heading row, then `rows`. */
function soc2Table(rows: string[][], sheet = 'SOC 2 詳細'): TableInput {
  return { sheets: [{ name: sheet, rows: [PACK_SOC2_HEADERS.ja, ...rows] }] };
}

const GOOD: string[][] = [
  [...REF, '意見', 'CC6.1、cc7.2', '限定付意見'],
  [...REF, '例外事項', 'ＣＣ６．１', '管理者1名の多要素認証が無効', '25名中1名', '設定を強制済み'],
  [...REF, 'Exception', 'CC7.2', 'ログレビューの記録なし', '12か月中2か月', '手順を改訂'],
  [...REF, 'サブサービス組織（除外方式）', '', 'ソラコンピュート（株）'],
  [...REF, '一体方式', '', '北風サポート合同会社'],
  [...REF, 'ブリッジレター', '', '', '', '', '令和9年5月10日', '2027/6/30'],
  [...REF, 'CUEC', '', '利用者側で多要素認証を有効にする'],
  [...REF, '相補的な利用者エンティティの統制（CUEC）', '', '利用者アカウントを棚卸しする']
];

describe('parseSoc2Sheet: good rows', () => {
  it('groups the items of one report, in either language, criteria normalised, dates in any form', () => {
    const issues: never[] = [];
    const { reports, refused } = parseSoc2Sheet(soc2Table(GOOD), issues);
    expect(issues).toEqual([]);
    expect(refused.size).toBe(0);
    expect(reports).toEqual([
      {
        report: {
          type: 'soc2Type2',
          issuer: '架空監査法人',
          periodStart: '2026-04-01',
          periodEnd: '2027-03-31'
        },
        sheet: 'SOC 2 詳細',
        rows: [1, 2, 3, 4, 5, 6, 7, 8],
        opinion: 'qualified',
        qualifiedCriteria: ['CC6.1', 'CC7.2'],
        exceptions: [
          {
            criterion: 'CC6.1',
            description: '管理者1名の多要素認証が無効',
            testResult: '25名中1名',
            managementResponse: '設定を強制済み'
          },
          {
            criterion: 'CC7.2',
            description: 'ログレビューの記録なし',
            testResult: '12か月中2か月',
            managementResponse: '手順を改訂'
          }
        ],
        subserviceOrganisations: [
          { name: 'ソラコンピュート（株）', method: 'carveOut' },
          { name: '北風サポート合同会社', method: 'inclusive' }
        ],
        bridgeLetter: { issuedOn: '2027-05-10', coversUntil: '2027-06-30' },
        cuecs: ['利用者側で多要素認証を有効にする', '利用者アカウントを棚卸しする']
      }
    ]);
  });

  it('keeps two reports of one auditor apart by their periods', () => {
    const older = ['SOC 2 Type II', '架空 監査法人', '2025-04-01', '2026-03-31'];
    const { reports } = parseSoc2Sheet(soc2Table([GOOD[0]!, [...older, '意見', '', '無限定意見']]), []);
    expect(reports.map((r) => [r.report.periodEnd, r.opinion])).toEqual([
      ['2027-03-31', 'qualified'],
      ['2026-03-31', 'unmodified']
    ]);
  });
});

describe('parseSoc2Sheet: a cell that does not read leaves its report out whole', () => {
  it.each([
    ['an unknown criterion', [...REF, '例外事項', 'CC99.1', '記述'], 'soc2CriterionInvalid', 'F'],
    ['an exception without a criterion', [...REF, '例外事項', '', '記述'], 'soc2CriterionInvalid', 'F'],
    ['an exception without its text', [...REF, '例外事項', 'CC6.1', ''], 'soc2TextMissing', 'G'],
    [
      'a criterion of a qualified opinion',
      [...REF, '意見', 'CC6.1, XYZ', '限定付意見'],
      'soc2CriterionInvalid',
      'F'
    ],
    ['an opinion not in the list', [...REF, '意見', '', 'だいたい良好'], 'soc2OpinionUnknown', 'G'],
    ['an unknown item', [...REF, '所見', '', 'x'], 'soc2UnknownItem', 'E'],
    [
      'a bridge letter date that is no date',
      [...REF, 'ブリッジレター', '', '', '', '', '2027/13/40', '2027-06-30'],
      'soc2DateUnreadable',
      'J'
    ],
    [
      'a bridge letter that ends within the period',
      [...REF, 'ブリッジレター', '', '', '', '', '2027-05-10', '2027-03-01'],
      'soc2BridgeInvalid',
      'K'
    ],
    ['a carve-out without a name', [...REF, 'サブサービス組織（除外方式）', '', ''], 'soc2TextMissing', 'G'],
    ['a second, different opinion', [...REF, '意見', '', '無限定意見'], 'soc2Conflict', 'G']
  ])('%s', (_, bad, code, column) => {
    const issues: { code: string; path: string }[] = [];
    const sheet = parseSoc2Sheet(soc2Table([...GOOD, bad]), issues as never[]);
    expect(sheet.reports).toEqual([]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      [code, `SOC 2 詳細!${column}10`],
      ['soc2ReportLeftOut', 'SOC 2 詳細!A2']
    ]);
    // Its row on the 第三者認証 sheet goes too; another report stays.
    const row = (periodEnd: string): PackAttestationRow => ({
      row: 2,
      type: 'soc2Type2',
      number: '',
      issuer: '架空監査法人',
      periodStart: periodEnd === '2027-03-31' ? '2026-04-01' : '2025-04-01',
      periodEnd,
      scopeText: ''
    });
    const joined = joinSoc2(
      [row('2027-03-31'), { ...row('2026-03-31'), row: 3 }],
      sheet,
      '第三者認証',
      issues as never[]
    );
    expect(joined.attestations.map((a) => a.row)).toEqual([3]);
    expect(issues.at(-1)).toMatchObject({ code: 'soc2ReportLeftOut', path: '第三者認証!A2' });
  });

  it.each([
    [
      'a type that is no report',
      ['ISMAP', '架空監査法人', '2026-04-01', '2027-03-31', '意見', '', '無限定意見'],
      'soc2ReportTypeInvalid',
      'A'
    ],
    [
      'no auditor',
      ['SOC 2 Type II', '', '2026-04-01', '2027-03-31', '意見', '', '無限定意見'],
      'soc2ReportIdentityMissing',
      'B'
    ],
    [
      'no period',
      ['SOC 2 Type II', '架空監査法人', '', '', '意見', '', '無限定意見'],
      'soc2ReportIdentityMissing',
      'D'
    ],
    [
      'a period date that is no date',
      ['SOC 2 Type II', '架空監査法人', '4月頃', '2027-03-31', '意見', '', '無限定意見'],
      'soc2DateUnreadable',
      'C'
    ],
    [
      'an item the type does not record',
      ['SOC 3', '架空監査法人', '2026-04-01', '2027-03-31', '例外事項', 'CC6.1', '記述'],
      'soc2ItemNotForType',
      'E'
    ]
  ])('a row naming no report it can be placed in: %s', (_, bad, code, column) => {
    const issues: { code: string; path: string }[] = [];
    const sheet = parseSoc2Sheet(soc2Table([bad]), issues as never[]);
    expect(sheet.reports).toEqual([]);
    expect(issues.map((i) => i.code)).toContain(code);
    expect(issues.find((i) => i.code === code)?.path).toBe(`SOC 2 詳細!${column}2`);
    expect(issues.at(-1)?.code).toBe('soc2ReportLeftOut');
  });

  it('a whole pack: the report with a bad cell is not imported, the answers are', async () => {
    const book = XLSX.read(await buildPackXlsx(packInput()), { type: 'buffer' });
    XLSX.utils.sheet_add_aoa(
      book.Sheets['第三者認証']!,
      [[REF[0], '', ...REF.slice(1), 'Docs', '限定付意見']],
      {
        origin: 'A2'
      }
    );
    XLSX.utils.sheet_add_aoa(book.Sheets['SOC 2 詳細']!, [GOOD[1]!, [...REF, '例外事項', 'CC0.0', '記述']], {
      origin: 'A2'
    });
    XLSX.utils.sheet_add_aoa(book.Sheets['要件']!, [['対応']], { origin: 'G2' });
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const { data, issues } = readPack(bytes, 'pack.xlsx', EXPECTED);
    expect(data?.attestations).toBeUndefined();
    expect(data?.soc2).toBeUndefined();
    expect(data?.answers[0]?.answer).toBe('full');
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['soc2CriterionInvalid', 'SOC 2 詳細!F3'],
      ['soc2ReportLeftOut', 'SOC 2 詳細!A2'],
      ['soc2ReportLeftOut', '第三者認証!A2']
    ]);
  });
});

/** The vendor's SOC 2 report of 2025 on file, as the buyer recorded it (with a link of the buyer's own). */
const SUB: Pick<Subcontractor, 'id' | 'vendorId' | 'name'> = {
  id: 'sub-sora',
  vendorId: VENDOR_ID,
  name: 'ソラコンピュート株式会社'
};
const ON_FILE: Attestation = record('soc2Type2', {
  id: 'soc-2025',
  vendorId: VENDOR_ID,
  number: '',
  issuer: '架空監査法人',
  periodStart: '2025-04-01',
  periodEnd: '2026-03-31',
  asOf: null,
  expiry: null,
  edition: '',
  cloudAddOn: false,
  renewalPending: false,
  accreditationBody: '',
  excludedControls: [],
  opinion: 'qualified',
  qualifiedCriteria: ['CC6.2'],
  exceptions: [
    {
      criterion: 'CC6.2',
      description: '=承認記録の欠落',
      testResult: '4四半期中1四半期',
      managementResponse: '自動化済み',
      requirementIds: ['req-mfa']
    }
  ],
  subserviceOrganisations: [{ name: SUB.name, method: 'carveOut', subcontractorId: SUB.id }],
  bridgeLetter: { issuedOn: '2026-05-20', coversUntil: '2026-06-30' },
  cuecs: ['利用者側で多要素認証を有効にする']
});
const STORED = { subcontractors: [SUB], attestations: [ON_FILE] };

async function roundTrip(locale: 'ja' | 'en', edit?: (book: XLSX.WorkBook) => void) {
  const book = XLSX.read(await buildPackXlsx(packInput({ locale, reports: [ON_FILE] })), { type: 'buffer' });
  edit?.(book);
  const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  const { data, issues } = readPack(bytes, 'pack.xlsx', EXPECTED);
  expect(issues).toEqual([]);
  return previewPackRecords(STORED, VENDOR_ID, {
    attestations: data?.attestations ?? [],
    subcontractors: data?.subcontractors ?? [],
    soc2: data?.soc2 ?? []
  });
}

describe('the SOC 2 sheet round trip', () => {
  it('pre-fills one row per item of the vendor’s own SOC 2 reports, and none of another’s', () => {
    const rows = soc2Rows({
      vendor: packInput().vendor,
      locale: 'ja',
      reports: [ON_FILE, { ...ON_FILE, vendorId: 'v-beta' }, { ...ON_FILE, subcontractorId: SUB.id }]
    });
    expect(rows.map((r) => r[4])).toEqual([
      '意見',
      '例外事項',
      'サブサービス組織（除外方式）',
      'ブリッジレター',
      '相補的な利用者エンティティの統制（CUEC）'
    ]);
    // A vendor's text that looks like a formula is written guarded.
    expect(rows[1]?.[6]).toBe("'=承認記録の欠落");
  });

  it.each(['ja', 'en'] as const)(
    'exported in %s with what is on file and read back, it changes nothing',
    async (locale) => {
      const preview = await roundTrip(locale);
      expect(preview).toEqual({ attestations: [], subcontractors: [] });
    }
  );

  it('a vendor’s added exception on the report on file is a change that keeps the buyer’s links', async () => {
    const preview = await roundTrip('ja', (book) => {
      XLSX.utils.sheet_add_aoa(
        book.Sheets['SOC 2 詳細']!,
        [
          [
            'SOC 2 Type II',
            '架空監査法人',
            '2025-04-01',
            '2026-03-31',
            '例外事項',
            'CC7.2',
            'ログ',
            '2件',
            '改訂'
          ]
        ],
        { origin: 'A7' }
      );
    });
    expect(preview.attestations).toHaveLength(1);
    const [changed] = preview.attestations;
    expect(changed).toMatchObject({ kind: 'changed', storedId: 'soc-2025', row: 2 });
    expect(Object.keys(changed!.changes ?? {})).toEqual(['exceptions']);
    expect(changed!.changes?.exceptions?.map((x) => [x.criterion, x.requirementIds])).toEqual([
      ['CC6.2', ['req-mfa']],
      ['CC7.2', []]
    ]);
  });
});

describe('ISO/IEC 27017 through the pack', () => {
  it('reads the list values back: a 27017 row is its own record and the add-on of the 27001 one', async () => {
    const book = XLSX.read(await buildPackXlsx(packInput()), { type: 'buffer' });
    // The two values of the type list a vendor picks, and the 委託先 sheet's "27001 + 27017".
    XLSX.utils.sheet_add_aoa(
      book.Sheets['第三者認証']!,
      [
        ['ISO/IEC 27017', 'CLOUD 0007', 'JQA', '2025-04-01', '2028-03-31'],
        ['ISO/IEC 27001 + ISO/IEC 27017', 'IS 0001', 'JQA', '2025-04-01', '2028-03-31']
      ],
      { origin: 'A2' }
    );
    XLSX.utils.sheet_add_aoa(
      book.Sheets['委託先']!,
      [['ソラコンピュート株式会社', 'IaaS', '重要', '除外方式', 'ISO 27001+27017、ISMAP']],
      { origin: 'A2' }
    );
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const { data, issues } = readPack(bytes, 'pack.xlsx', EXPECTED);
    expect(issues).toEqual([]);
    expect(data?.attestations?.map((a) => [a.type, a.number, a.cloudAddOn ?? false])).toEqual([
      ['iso27017', 'CLOUD 0007', false],
      ['iso27001', 'IS 0001', true]
    ]);
    expect(data?.subcontractors?.[0]?.certifications).toEqual(['iso27001', 'iso27017', 'ismap']);
    const preview = previewPackRecords({ subcontractors: [], attestations: [] }, VENDOR_ID, {
      attestations: data?.attestations ?? [],
      subcontractors: data?.subcontractors ?? []
    });
    expect(preview.attestations.map((a) => [a.fields.type, a.kind, a.fields.cloudAddOn])).toEqual([
      ['iso27017', 'new', false],
      ['iso27001', 'new', true]
    ]);
    expect(
      preview.subcontractors[0]?.certifications.map((a) => [a.fields.type, a.fields.cloudAddOn])
    ).toEqual([
      ['iso27001', true],
      ['iso27017', false],
      ['ismap', false]
    ]);
  });
});
