import { describe, expect, it } from 'vitest';
import { aliasKey, enumMatcher, isNotApplicable, matchEnum, type EnumLabels } from './aliases';

/** Invented labels, so these tests show what the caller's labels do apart from the app's own. */
const LABELS: EnumLabels<'criticality'> = { critical: ['最重要', 'Top'], normal: ['ふつう', 'Plain'] };

describe('aliasKey', () => {
  it.each([
    ['ISMAP 登録', 'ismap登録'],
    ['ＩＳＭＡＰ－ＬＩＵ', 'ismapliu'],
    ['SOC・2　Type‐II', 'soc2typeii'],
    ['CSマーク･ゴールド', 'csマークゴールド'],
    ['  Yes ', 'yes'],
    ['ISO/IEC 27001:2022', 'iso/iec27001:2022']
  ])('%j → %j', (text, key) => {
    expect(aliasKey(text)).toBe(key);
  });
});

describe('enumMatcher', () => {
  const criticality = enumMatcher('criticality', LABELS);

  it.each([
    ['a code', 'critical', 'critical'],
    ['a code in another case', 'NORMAL', 'normal'],
    ['a Japanese label', '最重要', 'critical'],
    ['an English label', 'plain', 'normal'],
    ['a label full-width', 'ＴＯＰ', 'critical'],
    ['an alias', 'High', 'critical'],
    ['an alias with spaces', ' 通 常 ', 'normal'],
    ['an unknown word', '普通より上', null],
    ['a blank cell', '', null],
    ['a formula-like text', '=重要', null]
  ])('%s: %j → %s', (_name, text, code) => {
    expect(criticality(text)).toBe(code);
  });

  it('lets a label win over an alias of another code', () => {
    // 高 is an alias of critical; a caller whose label says otherwise is obeyed.
    expect(enumMatcher('criticality', { normal: ['高'] })('高')).toBe('normal');
    expect(enumMatcher('criticality')('高')).toBe('critical');
  });

  it.each([
    ['answer', '対応済み', 'full'],
    ['answer', 'ＹＥＳ', 'full'],
    ['answer', '一部', 'partial'],
    ['answer', 'ｎｏ', 'none'],
    ['attestationType', 'ISMAP 登録', 'ismap'],
    ['attestationType', 'soc2type2', 'soc2Type2'],
    ['attestationType', 'FedRAMP', null],
    ['opinion', 'Unqualified', 'unmodified'],
    ['subserviceMethod', '包含方式', 'inclusive'],
    ['subserviceMethod', 'carve out', 'carveOut']
  ] as const)('%s: %j → %s without labels', (kind, text, code) => {
    expect(enumMatcher(kind)(text)).toBe(code);
  });
});

describe('matchEnum', () => {
  it('reads as enumMatcher does, per kind, whatever kind used the labels object first', () => {
    const shared = {};
    expect(matchEnum('criticality', '高', shared)).toBe('critical');
    expect(matchEnum('answer', '高', shared)).toBeNull();
    expect(matchEnum('answer', 'Y', shared)).toBe('full');
    expect(matchEnum('criticality', 'Top', LABELS)).toBe('critical');
  });
});

describe('isNotApplicable', () => {
  it.each([
    ['N/A', true],
    ['n/a', true],
    ['Ｎ／Ａ', true],
    ['該当なし', true],
    ['対象外', true],
    ['－', true],
    ['--', true],
    ['ー', true],
    ['', false],
    ['  ', false],
    ['対応', false],
    ['No', false]
  ])('%j → %s', (text, expected) => {
    expect(isNotApplicable(text)).toBe(expected);
  });
});
