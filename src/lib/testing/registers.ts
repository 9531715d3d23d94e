/**
 * Registers shaped like the lists a buyer downloads, built deterministically for tests and the
 * bench: title rows and the list's 更新日 above the header, a heading renamed from the shipped
 * alias list's first choice, notes and an extra sheet, entries whose company cell is merged over
 * the rows of its services (as text rows, the company sits in the first row only: `fillMerged`
 * is what the reader does about it).
 */
import { readFileSync } from 'node:fs';
import type { RegisterLayout } from '$lib/domain/registers/layout';
import type { RegisterSheet } from '$lib/domain/registers/parse';

export function registerLayout(id: string): RegisterLayout {
  const url = new URL(`../../../questionnaires/registers/${id}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as RegisterLayout;
}

export const REGISTER_IDS = ['ismap', 'ismap-liu', 'isms-ac', 'jasa-cs', 'csa-star'] as const;

export interface RegisterRow {
  number: string;
  company: string;
  service: string;
  registeredOn: string;
  expiry: string;
  status?: string;
}

/** The ISMAP list as text rows: a title, the 更新日, a note, the header at row 5, then entries. */
export function ismapSheets(rows: readonly RegisterRow[], listDate = '令和7年4月1日'): RegisterSheet[] {
  return [
    { name: '表紙', rows: [['ISMAPクラウドサービスリスト'], ['本リストについて'], ['注意事項を読むこと']] },
    {
      name: 'クラウドサービスリスト',
      rows: [
        ['ISMAPクラウドサービスリスト'],
        [`更新日：${listDate}`],
        ['※ 登録の有効期限は監査対象期間の末日の翌日から1年4か月'],
        [],
        // 「クラウドサービス事業者名」 renamed to 「事業者名」, and a status column named 備考.
        ['No.', '登録番号', 'クラウドサービスの名称', '事業者名', '登録日', '有効期限', '備考'],
        ...rows.map((r, i) => [
          String(i + 1),
          r.number,
          r.service,
          r.company,
          r.registeredOn,
          r.expiry,
          r.status ?? ''
        ])
      ]
    },
    {
      name: '更新履歴',
      rows: [
        ['日付', '内容'],
        ['2025/4/1', '3件追加']
      ]
    }
  ];
}

/** A deterministic register of `count` services from `count / 2` companies, for the bench. */
export function syntheticRegister(count: number): RegisterRow[] {
  return Array.from({ length: count }, (_, i) => {
    const company = Math.floor(i / 2);
    return {
      number: `C${21 + (i % 5)}-${String(company).padStart(4, '0')}-${(i % 2) + 1}`,
      company: `テスト${company}クラウド株式会社`,
      service: `サービス${i}`,
      registeredOn: '2024/4/1',
      expiry: '2026/7/31'
    };
  });
}
