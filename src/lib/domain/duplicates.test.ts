import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testRequirement } from '$lib/testing/fixtures';
import { comparableText, findDuplicates, textSimilarity, TEXT_SIMILARITY_MIN } from './duplicates';
import type { Requirement } from './model';
import { draftsFromPreset } from './spec';
import type { Preset } from './catalogue';

const TEXT = '管理者アカウントへのログインには多要素認証を必須とし、その方式と対象範囲を回答すること。';

function pair(a: Partial<Requirement>, b: Partial<Requirement>) {
  return [
    testRequirement('a', 0, 'scored', 10, { title: '多要素認証', text: TEXT, ...a }),
    testRequirement('b', 1, 'scored', 10, {
      title: '通知体制',
      text: 'インシデント発生時の連絡体制を回答すること。',
      ...b
    })
  ];
}

describe('findDuplicates', () => {
  it.each<[string, Partial<Requirement>, Partial<Requirement>, string | null]>([
    [
      'the same catalogue entry',
      { sourceRef: 'iso27002:9.4.2' },
      { sourceRef: 'iso27002:9.4.2' },
      'sameControl'
    ],
    ['different catalogue entries', { sourceRef: 'iso27002:9.4.2' }, { sourceRef: 'iso27002:9.4.3' }, null],
    [
      'the same set of controls in another order (an entry and its crosswalk equal)',
      { controlRefs: ['iso27002:9.4.2', 'ismap:9.4.2'] },
      { controlRefs: ['ismap:9.4.2', 'iso27002:9.4.2'] },
      'sameControl'
    ],
    [
      'one broad control shared, others not (near miss)',
      { controlRefs: ['tsc:CC6.1', 'iso27002:9.4.2'] },
      { controlRefs: ['tsc:CC6.1'] },
      null
    ],
    ['no controls on either', { controlRefs: [] }, { controlRefs: [] }, null],
    [
      'the same title, spaced and full-width differently',
      { title: 'ＭＦＡ の 必須化' },
      { title: 'mfaの必須化。' },
      'similarText'
    ],
    [
      'the same text, punctuation and spaces apart',
      {},
      { text: TEXT.replace(/、/g, ' ').replace('。', '') },
      'similarText'
    ],
    [
      'the same text with one word changed (similarity ≥ 0.9)',
      {},
      { text: TEXT.replace('必須とし', '必須にし') },
      'similarText'
    ],
    [
      'the same topic, a different demand (near miss, below 0.9)',
      {},
      { text: '一般利用者のログインには多要素認証を選択できるようにし、その方式を回答すること。' },
      null
    ],
    ['empty texts are not alike', { text: '', title: 'x' }, { text: '', title: 'y' }, null]
  ])('%s', (_name, a, b, expected) => {
    const found = findDuplicates(pair(a, b));
    expect(found.map((p) => p.reason)).toEqual(expected ? [expected] : []);
    if (expected) expect(found[0]).toMatchObject({ first: { id: 'a' }, second: { id: 'b' } });
  });

  it('reports each pair once, the earlier requirement first', () => {
    const reqs = [
      testRequirement('c', 2, 'scored', 10, { title: 'x', text: TEXT }),
      testRequirement('a', 0, 'scored', 10, { title: 'y', text: TEXT }),
      testRequirement('b', 1, 'scored', 10, { title: 'z', text: TEXT })
    ];
    expect(findDuplicates(reqs).map((p) => `${p.first.id}-${p.second.id}`)).toEqual(['a-b', 'a-c', 'b-c']);
  });

  it('finds none among the shipped presets’ own requirements', () => {
    const dir = 'questionnaires/presets';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const preset = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Preset;
      const reqs = draftsFromPreset(preset, []).map((d, i) => ({
        ...d,
        id: `r${i}`,
        procurementId: 'p',
        order: i
      }));
      expect(findDuplicates(reqs), file).toEqual([]);
    }
  });
});

describe('findDuplicates through its bigram index agrees with comparing every pair', () => {
  it('on texts each a few edits away from one another', () => {
    const base = comparableText(TEXT);
    let seed = 12345;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const texts = Array.from({ length: 60 }, () => {
      const chars = [...base];
      for (let e = next(8); e > 0; e--) chars[next(chars.length)] = base[next(base.length)]!;
      return chars.join('');
    });
    const reqs = texts.map((text, i) => testRequirement(`r${i}`, i, 'scored', 1, { title: `t${i}`, text }));
    const expected: string[] = [];
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++)
        if (textSimilarity(texts[i]!, texts[j]!) >= TEXT_SIMILARITY_MIN) expected.push(`r${i}-r${j}`);
    const found = findDuplicates(reqs).map((p) => `${p.first.id}-${p.second.id}`);
    expect(found).toEqual(expected);
    // Both kinds occur, so the comparison means something.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan((60 * 59) / 2);
  });
});

describe('textSimilarity', () => {
  it.each([
    ['abcd', 'abcd', 1],
    ['abcd', 'wxyz', 0],
    ['abab', 'ab', 0.5], // bigrams ab,ba,ab vs ab: 2·1 ÷ 4
    ['', '', 0]
  ])('%s ~ %s = %s', (a, b, expected) => {
    expect(textSimilarity(a, b)).toBe(expected);
  });

  it('normalises width, case, spaces and punctuation before comparing', () => {
    expect(comparableText(' Ａｂ，Ｃ　d・e！ ')).toBe('abcde');
  });

  it('the threshold is the documented one', () => {
    expect(TEXT_SIMILARITY_MIN).toBe(0.9);
  });
});
