import { describe, expect, it } from 'vitest';
import { ismapSheets, registerLayout, REGISTER_IDS, type RegisterRow } from '$lib/testing/registers';
import { guessRegisterColumns, parseMappedRegister, parseRegister, type RegisterSheet } from './parse';

const ROWS: RegisterRow[] = [
  {
    number: 'C21-0008-2',
    company: '株式会社サンプルクラウド',
    service: 'Sample Cloud',
    registeredOn: '2024/4/1',
    expiry: '令和8年7月31日'
  },
  {
    number: 'C22-0200-1',
    company: '取消テック株式会社',
    service: 'Tサービス',
    registeredOn: '2023-01-10',
    expiry: '',
    status: '登録取消（2025/2/1）'
  },
  {
    number: 'C21-0300-1',
    company: '旧式クラウド株式会社',
    service: '旧サービス',
    registeredOn: 'H31.4.1',
    expiry: '2024-12-31',
    status: '失効'
  }
];
const ISMAP = registerLayout('ismap');
const ALL = REGISTER_IDS.map(registerLayout);

describe('parseRegister', () => {
  it('finds the header below the title rows on the list sheet, past a cover sheet', () => {
    const { data, issues } = parseRegister(ismapSheets(ROWS), [ISMAP]);
    expect(issues).toEqual([]);
    expect(data).toMatchObject({ registerId: 'ismap', sheet: 'クラウドサービスリスト', headerRow: 5 });
    expect(data?.columns.find((c) => c.role === 'company')?.heading).toBe('事業者名');
  });

  it.each([
    ['令和7年4月1日', '2025-04-01'],
    ['2025年3月31日', '2025-03-31'],
    ['2025/1/6', '2025-01-06']
  ])('reads the list’s own 更新日 %s', (written, iso) => {
    expect(parseRegister(ismapSheets(ROWS, written), [ISMAP]).data?.listDate).toBe(iso);
  });

  it('reads each row: dates in 和暦 or Western form, and the status words', () => {
    const entries = parseRegister(ismapSheets(ROWS), [ISMAP]).data?.entries ?? [];
    expect(
      entries.map((e) => [e.row, e.number, e.company, e.service, e.registeredOn, e.expiry, e.status])
    ).toEqual([
      [6, 'C21-0008-2', '株式会社サンプルクラウド', 'Sample Cloud', '2024-04-01', '2026-07-31', 'listed'],
      [7, 'C22-0200-1', '取消テック株式会社', 'Tサービス', '2023-01-10', null, 'revoked'],
      [8, 'C21-0300-1', '旧式クラウド株式会社', '旧サービス', '2019-04-01', '2024-12-31', 'expired']
    ]);
  });

  it('picks the layout that fits when every layout is tried', () => {
    expect(parseRegister(ismapSheets(ROWS), ALL).data?.registerId).toBe('ismap');
  });

  it('reports a date it cannot read at its cell and keeps the entry', () => {
    const rows = [{ ...ROWS[0]!, expiry: '来年' }];
    const { data, issues } = parseRegister(ismapSheets(rows), [ISMAP]);
    expect(data?.entries[0]?.expiry).toBeNull();
    expect(issues).toEqual([
      { code: 'invalidDate', path: 'クラウドサービスリスト!6.expiry', params: { value: '来年' } }
    ]);
  });

  it('skips blank rows and a header repeated for printing', () => {
    const sheets = ismapSheets(ROWS);
    const list = sheets[1]!;
    list.rows.splice(7, 0, [], [...(list.rows[4] ?? [])]);
    expect(parseRegister(sheets, [ISMAP]).data?.entries.map((e) => e.number)).toEqual([
      'C21-0008-2',
      'C22-0200-1',
      'C21-0300-1'
    ]);
  });

  it.each([
    [
      'a list without the number column',
      [
        {
          name: 'x',
          rows: [
            ['事業者名', 'サービス名'],
            ['A社', 'S']
          ]
        }
      ]
    ],
    ['an empty file', [{ name: 'x', rows: [] }]],
    [
      'a header below the rows searched',
      [{ name: 'x', rows: [...Array.from({ length: 40 }, () => ['注記']), ['登録番号', '事業者名']] }]
    ]
  ] as [string, RegisterSheet[]][])('refuses %s, naming the required columns', (_label, sheets) => {
    expect(parseRegister(sheets, [ISMAP])).toEqual({
      data: null,
      issues: [
        { code: 'missingRequiredColumn', path: '', params: { columns: '登録番号・クラウドサービス事業者名' } }
      ]
    });
  });

  it('reads an ISMS-AC export with its certificate numbers and standards', () => {
    const sheets: RegisterSheet[] = [
      {
        name: '検索結果',
        rows: [
          ['認証取得組織検索結果', '', '出力日 2025/05/01'],
          ['登録番号', '組織名', '認証基準', '認証機関', '登録範囲', '初回登録日'],
          [
            'IS 689557',
            '株式会社サンプルクラウド',
            'ISO/IEC 27001:2022',
            'BSI',
            'クラウドサービスの提供',
            '2015/6/1'
          ],
          [
            'CLOUD 806590',
            '株式会社サンプルクラウド',
            'ISO/IEC 27017:2015',
            'BSI',
            'Sample Cloud',
            '2018/3/1'
          ],
          ['JQA-IM2002', 'ベース基盤株式会社', 'ISO/IEC 27001:2022', 'JQA', 'データセンター運用', '2004/2/1']
        ]
      }
    ];
    const { data } = parseRegister(sheets, ALL);
    expect(data?.registerId).toBe('isms-ac');
    expect(data?.listDate).toBe('2025-05-01');
    expect(data?.entries.map((e) => [e.number, e.standard, e.issuer])).toEqual([
      ['IS 689557', 'ISO/IEC 27001:2022', 'BSI'],
      ['CLOUD 806590', 'ISO/IEC 27017:2015', 'BSI'],
      ['JQA-IM2002', 'ISO/IEC 27001:2022', 'JQA']
    ]);
  });
});

describe('parseMappedRegister: a list whose headings no layout knows, columns mapped by the buyer', () => {
  // An in-house list of registrations: unknown headings, columns in another order, a title row.
  const sheet: RegisterSheet = {
    name: 'Sheet1',
    rows: [
      ['取引先の ISMAP 登録状況（更新日 2025年5月1日）'],
      ['社名', 'サービス', '番号', '期限', '区分'],
      ['株式会社サンプルクラウド', 'Sample Cloud', 'C21-0008-2', '2026/7/31', ''],
      ['取消テック株式会社', 'Tサービス', 'C22-0200-1', '', '登録取消'],
      ['', '', '', '', ''],
      ['社名', 'サービス', '番号', '期限', '区分']
    ]
  };
  const mapping = { company: 0, service: 1, number: 2, expiry: 3, status: 4 };

  it('reads each row from the mapped columns, with the chosen register’s status words and 更新日', () => {
    const { data, issues } = parseMappedRegister(sheet, 1, mapping, ISMAP);
    expect(issues).toEqual([]);
    expect(data).toMatchObject({
      registerId: 'ismap',
      sheet: 'Sheet1',
      headerRow: 2,
      listDate: '2025-05-01'
    });
    expect(data?.entries.map((e) => [e.row, e.number, e.company, e.service, e.expiry, e.status])).toEqual([
      [3, 'C21-0008-2', '株式会社サンプルクラウド', 'Sample Cloud', '2026-07-31', 'listed'],
      [4, 'C22-0200-1', '取消テック株式会社', 'Tサービス', null, 'revoked']
    ]);
    expect(data?.columns.find((c) => c.role === 'number')).toEqual({
      role: 'number',
      heading: '番号',
      column: 2
    });
  });

  it.each<[string, Parameters<typeof parseMappedRegister>[2], number, string, string]>([
    ['neither number nor company mapped', { service: 1, expiry: 3 }, 1, 'missingColumn', 'number'],
    ['two roles on one column', { company: 0, number: 0 }, 1, 'notAllowed', 'columns'],
    ['a header row past the end', mapping, 6, 'outOfRange', 'headerRow']
  ])('refuses %s', (_, columns, headerRow, code, path) => {
    const { data, issues } = parseMappedRegister(sheet, headerRow, columns, ISMAP);
    expect(data).toBeNull();
    expect(issues).toEqual([{ code, path }]);
  });

  it('guesses the columns whose headings the layout knows, for the buyer to complete', () => {
    expect(guessRegisterColumns(ISMAP, ['事業者名', '備考', 'サービス名', '何か'])).toEqual({
      company: 0,
      status: 1,
      service: 2
    });
  });
});
