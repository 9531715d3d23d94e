import { describe, expect, it } from 'vitest';
import { indexRegister, matchClaim, registerCovers, type RegisterClaim } from './match';
import type { RegisterEntry } from './parse';

const entry = (patch: Partial<RegisterEntry>): RegisterEntry => ({
  row: 6,
  number: 'C21-0008-2',
  company: '株式会社サンプルクラウド',
  service: 'サンプルクラウド for Government',
  registeredOn: '2024-04-01',
  expiry: '2026-07-31',
  status: 'listed',
  statusText: '',
  scope: '',
  issuer: '',
  standard: '',
  ...patch
});

const ENTRIES: RegisterEntry[] = [
  entry({}),
  entry({ row: 7, number: 'C22-0101-1', company: 'ベース基盤株式会社', service: 'ベースIaaS' }),
  entry({
    row: 8,
    number: 'C22-0200-1',
    company: '取消テック株式会社',
    service: 'Tサービス',
    status: 'revoked',
    statusText: '登録取消'
  }),
  entry({
    row: 9,
    number: 'C21-0300-1',
    company: '旧式クラウド株式会社',
    service: '旧サービス',
    expiry: '2024-12-31'
  }),
  entry({ row: 10, number: '', company: '番号なしクラウド株式会社', service: 'NNサービス' })
];
const INDEX = indexRegister({ id: 'ismap', attestationTypes: ['ismap'] }, ENTRIES);
const AS_OF = '2025-06-01';

const claim = (patch: Partial<RegisterClaim>): RegisterClaim => ({
  type: 'ismap',
  number: 'C21-0008-2',
  company: '株式会社サンプルクラウド',
  services: ['サンプルクラウド for Government'],
  expiry: null,
  cloudAddOn: false,
  ...patch
});

describe('matchClaim', () => {
  it.each([
    ['the number as printed', claim({}), 'confirmed', 'number', 6],
    [
      'the number with full-width digits and dash',
      claim({ number: 'Ｃ２１－０００８－２' }),
      'confirmed',
      'number',
      6
    ],
    ['the number with spaces and lower case', claim({ number: ' c21 0008 2 ' }), 'confirmed', 'number', 6],
    ['the number with ー for hyphens', claim({ number: 'C21ー0008ー2' }), 'confirmed', 'number', 6],
    [
      'the name as （株） without a number',
      claim({ number: '', company: '（株）サンプルクラウド' }),
      'confirmed',
      'name',
      6
    ],
    ['the name as ㈱ in half width', claim({ number: '', company: '㈱ｻﾝﾌﾟﾙｸﾗｳﾄﾞ' }), 'confirmed', 'name', 6],
    [
      'a name without number on the register',
      claim({ number: '', company: '番号なしクラウド(株)', services: ['NNサービス'] }),
      'confirmed',
      'name',
      10
    ],
    [
      'an unknown number and name',
      claim({ number: 'C99-9999-9', company: '無関係株式会社' }),
      'notListed',
      null,
      null
    ],
    ['no number and no name', claim({ number: '', company: '' }), 'notListed', null, null],
    [
      'a near-miss name (one character off)',
      claim({ number: '', company: '株式会社サンプルクラウズ' }),
      'mismatch',
      'nearName',
      6
    ],
    [
      'a near-miss name (longer)',
      claim({ number: '', company: 'サンプルクラウドジャパン株式会社' }),
      'mismatch',
      'nearName',
      6
    ],
    ['the number of another company', claim({ number: 'C22-0101-1' }), 'mismatch', 'number', 7],
    ['the right company with a wrong number', claim({ number: 'C21-0008-9' }), 'mismatch', 'name', 6],
    ['another service of the company', claim({ services: ['別サービス'] }), 'mismatch', 'number', 6],
    ['an expiry that differs', claim({ expiry: '2027-03-31' }), 'mismatch', 'number', 6],
    [
      'a revoked registration',
      claim({ number: 'C22-0200-1', company: '取消テック株式会社', services: ['Tサービス'] }),
      'revoked',
      'number',
      8
    ],
    [
      'a registration past its expiry',
      claim({ number: 'C21-0300-1', company: '旧式クラウド株式会社', services: ['旧サービス'] }),
      'expired',
      'number',
      9
    ]
  ])('%s', (_label, input, kind, matchedBy, row) => {
    const outcome = matchClaim(INDEX, input, AS_OF);
    expect(outcome.kind).toBe(kind);
    expect(outcome.matchedBy).toBe(matchedBy);
    expect(outcome.entry?.row ?? null).toBe(row);
  });

  it.each([
    [
      'number',
      claim({ number: 'C22-0101-1' }),
      { field: 'company', claimed: '株式会社サンプルクラウド', registered: 'ベース基盤株式会社' }
    ],
    [
      'service',
      claim({ services: ['別サービス'] }),
      { field: 'service', claimed: '別サービス', registered: 'サンプルクラウド for Government' }
    ],
    [
      'expiry',
      claim({ expiry: '2027-03-31' }),
      { field: 'expiry', claimed: '2027-03-31', registered: '2026-07-31' }
    ],
    [
      'near name',
      claim({ number: '', company: '株式会社サンプルクラウズ' }),
      { field: 'company', claimed: '株式会社サンプルクラウズ', registered: '株式会社サンプルクラウド' }
    ],
    [
      'wrong number',
      claim({ number: 'C21-0008-9' }),
      { field: 'number', claimed: 'C21-0008-9', registered: 'C21-0008-2' }
    ]
  ])('shows the differing field side by side (%s)', (_label, input, difference) => {
    expect(matchClaim(INDEX, input, AS_OF).differences).toContainEqual(difference);
  });

  it('counts an entry whose expiry is the reference date as still listed', () => {
    expect(matchClaim(INDEX, claim({}), '2026-07-31').kind).toBe('confirmed');
    expect(matchClaim(INDEX, claim({}), '2026-08-01').kind).toBe('expired');
  });

  it('prefers the entry of the claimed service when a company has several', () => {
    const index = indexRegister({ id: 'ismap', attestationTypes: ['ismap'] }, [
      entry({ row: 6, number: '', service: 'A' }),
      entry({ row: 7, number: '', service: 'B' })
    ]);
    expect(matchClaim(index, claim({ number: '', services: ['b'] }), AS_OF)).toMatchObject({
      kind: 'confirmed',
      entry: { row: 7 }
    });
  });

  it('reports a claimed ISO/IEC 27017 add-on the register entry does not carry', () => {
    const index = indexRegister({ id: 'isms-ac', attestationTypes: ['iso27001'] }, [
      entry({ number: 'IS 689557', service: '', standard: 'ISO/IEC 27001:2022' }),
      entry({ row: 7, number: 'CLOUD 806590', service: '', standard: 'ISO/IEC 27017:2015' })
    ]);
    const iso = claim({ type: 'iso27001', number: 'ＩＳ６８９５５７', cloudAddOn: true, services: [] });
    expect(matchClaim(index, iso, AS_OF).differences).toContainEqual({
      field: 'scope',
      claimed: 'ISO/IEC 27017',
      registered: 'ISO/IEC 27001:2022'
    });
    expect(matchClaim(index, { ...iso, number: 'CLOUD 806590' }, AS_OF).kind).toBe('confirmed');
  });
});

describe('registerCovers', () => {
  it.each([
    ['ismap', true],
    ['ismapLiu', false],
    ['soc2Type2', false]
  ] as const)('%s: %s', (type, covered) => {
    expect(registerCovers(INDEX, type)).toBe(covered);
  });
});
