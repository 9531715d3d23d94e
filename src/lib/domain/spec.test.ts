import { describe, expect, it } from 'vitest';
import type { Catalogue, CatalogueEntry, Crosswalk, Preset } from './catalogue';
import type { Requirement } from './model';
import {
  catalogueFromCaiq,
  clausesOf,
  draftFromEntry,
  draftsFromPreset,
  duplicateWarnings,
  equivalents,
  filterEntries,
  indexCatalogues,
  nextRef,
  pointsByDomain,
  type CatalogueFilter
} from './spec';

function entry(id: string, clause: string, over: Partial<CatalogueEntry> = {}): CatalogueEntry {
  const code = id.split(':')[1]!;
  return {
    id,
    code,
    clause,
    title: { ja: `管理策${code}`, en: `Control ${code}` },
    question: { ja: `${code}について示すこと。`, en: `Describe ${code}.` },
    cloudGuidance: false,
    cloudSpecific: false,
    appliesTo: 'csp',
    confidence: 'medium',
    ...over
  };
}

const iso: Catalogue = {
  schemaVersion: 1,
  id: 'iso27002-2013',
  prefix: 'iso27002',
  name: { ja: 'ISO', en: 'ISO' },
  edition: '2013',
  publisher: 'ISO',
  licence: 'ids-and-own-paraphrase',
  licenceNote: { ja: '', en: '' },
  clauses: [
    { id: '9', title: { ja: 'アクセス制御', en: 'Access control' } },
    { id: '12', title: { ja: '運用', en: 'Operations' } }
  ],
  entries: [
    entry('iso27002:9.4.1', '9', {
      title: { ja: '情報へのアクセス制限', en: 'Restrict access' },
      cloudGuidance: true,
      appliesTo: 'both'
    }),
    entry('iso27002:9.4.2', '9', { title: { ja: 'ログオン手順', en: 'Secure log-on' } }),
    entry('iso27002:12.4.1', '12', { title: { ja: 'イベントログ', en: 'Event logging' }, appliesTo: 'csc' })
  ]
};
const cld: Catalogue = {
  ...iso,
  id: 'iso27017-2015',
  prefix: 'iso27017',
  clauses: [{ id: '12', title: { ja: '運用', en: 'Operations' } }],
  entries: [
    entry('iso27017:CLD.12.4.5', '12', {
      cloudSpecific: true,
      title: { ja: 'クラウドサービスの監視', en: 'Monitoring' }
    })
  ]
};
const index = indexCatalogues(
  [iso, cld],
  [{ entryId: 'iso27002:12.4.1', text: 'ユーザが購入した規格本文 logging text' }]
);
const all: CatalogueFilter = { catalogueIds: [], clause: null, appliesTo: null, cloudOnly: false, text: '' };
const ids = (f: Partial<CatalogueFilter>) => filterEntries(index, { ...all, ...f }).map((i) => i.entry.id);

describe('catalogue search', () => {
  it.each([
    ['everything', {}, ['iso27002:9.4.1', 'iso27002:9.4.2', 'iso27002:12.4.1', 'iso27017:CLD.12.4.5']],
    ['one catalogue', { catalogueIds: ['iso27017-2015'] }, ['iso27017:CLD.12.4.5']],
    ['a clause', { clause: '9' }, ['iso27002:9.4.1', 'iso27002:9.4.2']],
    ['cloud only', { cloudOnly: true }, ['iso27002:9.4.1', 'iso27017:CLD.12.4.5']],
    ['customer side (both counts)', { appliesTo: 'csc' as const }, ['iso27002:9.4.1', 'iso27002:12.4.1']],
    ['Japanese text', { text: 'アクセス' }, ['iso27002:9.4.1']],
    ['English, any case, two words', { text: 'SECURE log' }, ['iso27002:9.4.2']],
    ['a code', { text: 'CLD.12' }, ['iso27017:CLD.12.4.5']],
    ['full-width input', { text: 'ＣＬＤ' }, ['iso27017:CLD.12.4.5']],
    ['imported licensed text', { text: '購入した規格' }, ['iso27002:12.4.1']],
    ['nothing', { text: '存在しない語' }, []]
  ])('filters by %s', (_name, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });
});

describe('requirements from catalogues and presets', () => {
  const crosswalks: Crosswalk[] = [
    {
      schemaVersion: 1,
      id: 'x',
      from: 'iso27002-2013',
      to: 'jpcs',
      licence: 'own-work',
      note: { ja: '', en: '' },
      links: [
        { from: 'iso27002:9.4.1', to: 'jpcs:9.4.1', strength: 'equal', confidence: 'high' },
        { from: 'iso27002:9.4.1', to: 'tsc:CC6.1', strength: 'related', confidence: 'medium' }
      ]
    }
  ];

  it('maps an entry to a draft with its equal ids in other catalogues', () => {
    expect(equivalents('iso27002:9.4.1', crosswalks)).toEqual(['jpcs:9.4.1']);
    const draft = draftFromEntry(index[0]!, 'R-004', crosswalks, {
      kind: 'scored',
      points: 10,
      locale: 'ja'
    });
    expect(draft).toMatchObject({
      ref: 'R-004',
      domain: '9 アクセス制御',
      title: '情報へのアクセス制限',
      text: '9.4.1について示すこと。',
      kind: 'scored',
      points: 10,
      appliesTo: 'both',
      controlRefs: ['iso27002:9.4.1', 'jpcs:9.4.1'],
      sourceRef: 'iso27002:9.4.1'
    });
  });

  it.each([
    [[], 'R-001'],
    [[{ ref: 'R-001' }, { ref: 'R-009' }, { ref: '独自-1' }], 'R-010']
  ])('numbers after %j as %s', (existing, expected) => {
    expect(nextRef(existing)).toBe(expected);
  });

  it('keeps preset numbers in an empty spec and renumbers after existing ones', () => {
    const preset = {
      requirements: [
        {
          ref: 'R-001',
          domain: 'd',
          title: 't1',
          text: 'x',
          kind: 'mandatory',
          points: 10,
          appliesTo: 'csp',
          acceptedAttestations: ['ismap'],
          controlRefs: [],
          sourceRef: null
        },
        {
          ref: 'R-002',
          domain: 'd',
          title: 't2',
          text: 'x',
          kind: 'scored',
          points: 5,
          appliesTo: 'csp',
          acceptedAttestations: [],
          controlRefs: [],
          sourceRef: null
        }
      ]
    } as unknown as Preset;
    expect(draftsFromPreset(preset, []).map((d) => d.ref)).toEqual(['R-001', 'R-002']);
    // A preset keeps one `points` per item: a mandatory item's becomes its 基礎点.
    expect(draftsFromPreset(preset, []).map((d) => [d.basePoints, d.points])).toEqual([
      [10, 0],
      [0, 5]
    ]);
    expect(draftsFromPreset(preset, [{ ref: 'R-003' }]).map((d) => d.ref)).toEqual(['R-004', 'R-005']);
  });

  it.each([
    ['ja', ['分野', '多要素認証', '強制すること。']],
    ['en', ['Domain', 'MFA', 'Enforce it.']]
  ] as const)(
    'worded in the procurement’s document language (%s), English copies kept',
    (language, wording) => {
      const preset = {
        requirements: [
          {
            ref: 'R-001',
            domain: '分野',
            title: '多要素認証',
            text: '強制すること。',
            domainEn: 'Domain',
            titleEn: 'MFA',
            textEn: 'Enforce it.',
            kind: 'scored',
            points: 5,
            appliesTo: 'csp',
            acceptedAttestations: [],
            controlRefs: [],
            sourceRef: null
          }
        ]
      } as unknown as Preset;
      const [draft] = draftsFromPreset(preset, [], language);
      expect([draft!.domain, draft!.title, draft!.text]).toEqual(wording);
      expect([draft!.domainEn, draft!.titleEn, draft!.textEn]).toEqual(['Domain', 'MFA', 'Enforce it.']);
    }
  );
});

describe('duplicates and totals', () => {
  const req = (id: string, order: number, over: Partial<Requirement>): Requirement =>
    ({
      id,
      order,
      ref: id,
      domain: 'A',
      title: id,
      text: 't',
      kind: 'scored',
      points: 1,
      sourceRef: null,
      ...over
    }) as Requirement;
  const reqs = [
    req('a', 0, { sourceRef: 'iso27002:9.4.1', title: 'アクセス制限' }),
    req('b', 1, { sourceRef: 'iso27002:9.4.1', title: '別名' }),
    req('c', 2, { title: 'ログ の取得' }),
    req('d', 3, { title: 'ログの取得', domain: 'B', kind: 'mandatory', basePoints: 10, points: 0 }),
    req('e', 4, { title: '独自', domain: 'B', points: 4 })
  ];

  it('warns on the same catalogue source and on the same title', () => {
    expect(Object.fromEntries(duplicateWarnings(reqs))).toEqual({
      a: 'sameSource',
      b: 'sameSource',
      c: 'sameTitle',
      d: 'sameTitle'
    });
  });

  it('totals points per domain, mandatory and scored apart', () => {
    expect(pointsByDomain(reqs)).toEqual({
      domains: [
        { domain: 'A', mandatory: 0, scored: 3 },
        { domain: 'B', mandatory: 10, scored: 4 }
      ],
      mandatory: 10,
      scored: 7
    });
  });
});

describe('clausesOf', () => {
  it('lists each clause once, for the chosen catalogues or all', () => {
    expect(clausesOf([iso, cld], []).map((c) => c.id)).toEqual(['9', '12']);
    expect(clausesOf([iso, cld], ['iso27017-2015']).map((c) => c.id)).toEqual(['12']);
  });
});

describe('catalogueFromCaiq', () => {
  it('groups questions by domain prefix and keeps the text for search', () => {
    const catalogue = catalogueFromCaiq([
      {
        code: 'IAM-01.1',
        domain: 'Identity & Access Management',
        question: 'Are access policies documented?'
      },
      {
        code: 'IAM-02.1',
        domain: 'Identity & Access Management',
        question: 'Is MFA enforced for administrators?'
      },
      { code: 'LOG-03.1', domain: '', question: 'Are logs retained?' }
    ]);
    expect(catalogue.licence).toBe('user-import-only');
    expect(catalogue.clauses).toEqual([
      { id: 'IAM', title: { ja: 'Identity & Access Management', en: 'Identity & Access Management' } },
      { id: 'LOG', title: { ja: 'LOG', en: 'LOG' } }
    ]);
    expect(catalogue.entries.map((e) => [e.id, e.clause])).toEqual([
      ['caiq:IAM-01.1', 'IAM'],
      ['caiq:IAM-02.1', 'IAM'],
      ['caiq:LOG-03.1', 'LOG']
    ]);
    const index = indexCatalogues([catalogue]);
    expect(filterEntries(index, { ...all, text: 'mfa' }).map((i) => i.entry.id)).toEqual(['caiq:IAM-02.1']);
  });
});
