import { beforeAll, describe, expect, it } from 'vitest';
import { openPointPlace, type OpenPoint } from '$lib/domain/memo';
import { loadMessages, translate, type MessageParams } from './messages';
import type { MessageKey } from './messages';
import { openPointWithPlace, parenthesised } from './results-labels';

const ja = (key: MessageKey, params?: MessageParams) => translate('ja', key, params);
const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);

beforeAll(async () => {
  await loadMessages('ja', 'work');
  await loadMessages('en');
  await loadMessages('en', 'work');
});

describe('parenthesised', () => {
  it.each([
    ['架空監査法人', '（架空監査法人）', ' (架空監査法人)'],
    ['  IaaS基盤 ', '（IaaS基盤）', ' (IaaS基盤)'],
    ['', '', ''],
    ['   ', '', '']
  ])('%j is written %j in Japanese and %j in English', (text, inJa, inEn) => {
    expect([parenthesised(ja, text), parenthesised(en, text)]).toEqual([inJa, inEn]);
  });
});

describe('openPointWithPlace', () => {
  it.each<[OpenPoint, string]>([
    [
      { code: 'criticalSubcontractorUncovered', company: '甲社', name: '乙社', role: 'IaaS基盤' },
      '甲社 の重要な委託先 乙社（IaaS基盤） は同社の報告書の対象外（除外方式）であり、これを対象とする有効な第三者認証等がない。（対応箇所: 回答収集 › 事業者 › 第三者認証・監査報告書）'
    ],
    [
      { code: 'criticalSubcontractorUncovered', company: '甲社', name: '乙社', role: '' },
      '甲社 の重要な委託先 乙社 は同社の報告書の対象外（除外方式）であり、これを対象とする有効な第三者認証等がない。（対応箇所: 回答収集 › 事業者 › 第三者認証・監査報告書）'
    ],
    [
      { code: 'unresolvedTie', companies: ['甲社', '乙社'] },
      '甲社、乙社 の同点について、くじ等による決定が記録されていない。（対応箇所: 結果 › 同点の扱い）'
    ],
    [{ code: 'missingBid', company: '甲社' }, '甲社 の入札価格が入力されていない。（対応箇所: 評価 › 開札）'],
    [
      {
        code: 'evidenceRegisterOutcome',
        company: '甲社',
        holder: '乙社',
        ofSubcontractor: true,
        type: 'ismap',
        number: 'C99-0100-2',
        outcome: 'notListed',
        sha256: 'ab'.repeat(32)
      },
      '甲社 の委託先 乙社 の ISMAP 登録（C99-0100-2） は、登録簿との照合で「未掲載」だった（スナップショット SHA-256 abababababab…）。（対応箇所: 回答収集 › 事業者 › 第三者認証・監査報告書）'
    ],
    [
      {
        code: 'evidenceRegisterOutcome',
        company: '甲社',
        holder: '甲社',
        ofSubcontractor: false,
        type: 'ismap',
        number: '',
        outcome: 'mismatch',
        sha256: 'ab'.repeat(32)
      },
      '甲社 の ISMAP 登録 は、登録簿との照合で「内容不一致」だった（スナップショット SHA-256 abababababab…）。（対応箇所: 回答収集 › 事業者 › 第三者認証・監査報告書）'
    ],
    [
      {
        code: 'evidenceException',
        holder: '甲社',
        type: 'soc2Type2',
        criterion: 'CC6.1',
        description: 'MFA 未設定',
        refs: ['R-001', 'R-004']
      },
      '甲社 の SOC 2 Type II 報告書 に例外事項 CC6.1: MFA 未設定 がある（関係する要件: R-001, R-004）。（対応箇所: 回答収集 › 事業者 › 第三者認証・監査報告書）'
    ],
    [
      { code: 'evidenceQualified', holder: '甲社', type: 'soc2Type2', criteria: ['A1.2'], refs: [] },
      '甲社 の SOC 2 Type II 報告書 は限定付意見であり、限定の対象（A1.2）を参照する要件（なし）の証跡とならない。（対応箇所: 回答収集 › 事業者 › 第三者認証・監査報告書）'
    ],
    [
      { code: 'carveOutWithoutReport', company: '甲社', name: 'AWS', linked: false },
      '甲社 の報告書が除外方式とする AWS（委託先の記録に未リンク） について、自身の報告書・認証の記録がない。（対応箇所: 回答収集 › 事業者 › 第三者認証・監査報告書）'
    ]
  ])('%j', (point, text) => {
    expect(openPointWithPlace(ja, point, openPointPlace(point))).toBe(text);
  });
});
