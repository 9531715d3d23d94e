// The files tests/bench/import-longtasks.mjs chooses in the browser, generated deterministically
// (loaded through Vite, for $lib): a vendor's own checklist whose first rows name the demo's
// requirements, a licensed standard's text for a shipped catalogue, a CAIQ-shaped workbook, and a
// zip bomb. Filling an exported questionnaire pack happens in the benchmark itself (it needs the
// file the app exported).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { buildZip, zerosBomb } from '$lib/testing/zip';

export function xlsx(sheets: Record<string, string[][]>): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  }
  return new Uint8Array(
    XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer
  );
}

const ANSWERS = ['対応', '一部対応', '未対応', '○', '×', 'Yes', 'No'];

/**
 * A vendor's own checklist: a title row, a header the column guess recognises, then `rows`
 * questions. The first rows carry the buyer's requirement numbers (`refs`), the rest the vendor's
 * own numbers, as a vendor answering its standard sheet would.
 */
export function vendorChecklist(rows: number, refs: readonly string[]): Uint8Array {
  const body = Array.from({ length: rows }, (_, i) => [
    refs[i] ?? `Q-${String(i + 1).padStart(5, '0')}`,
    `${(i % 14) + 5} 分野`,
    `質問 ${i + 1}: クラウドサービスの管理策について、実施状況と第三者による保証の有無を示してください。`,
    ANSWERS[i % ANSWERS.length]!,
    `当社サービスでは質問 ${i + 1} の管理策を実施しており、年次の外部監査で確認を受けている。`,
    `ホワイトペーパー 第${(i % 12) + 1}章 p.${(i % 80) + 1}`
  ]);
  return xlsx({
    表紙: [['セキュリティチェックシート'], ['回答日: 2025-05-10']],
    回答: [['事業者回答'], ['番号', '分野', '質問', '回答', '説明', '根拠資料'], ...body]
  });
}

interface CatalogueFile {
  id: string;
  prefix: string;
  entries: { id: string }[];
}

/**
 * A shipped catalogue's licensed text as a buyer would key it in: each control by its bare number
 * (the catalogue's prefix is the hint), its text, and `guidanceRows` continuation rows of guidance.
 */
export function licensedText(
  repoRoot: string,
  catalogueFile: string,
  guidanceRows: number
): { catalogueId: string; controls: number; bytes: Uint8Array } {
  const catalogue = JSON.parse(
    readFileSync(join(repoRoot, 'questionnaires/catalogues', catalogueFile), 'utf8')
  ) as CatalogueFile;
  const rows: string[][] = [['管理策番号', '管理策本文']];
  for (const entry of catalogue.entries) {
    const id = entry.id.slice(catalogue.prefix.length + 1);
    rows.push([id, `組織は、管理策 ${id} に関する方針を定め、承認し、周知しなければならない。`]);
    for (let g = 0; g < guidanceRows; g++) {
      rows.push(['', `管理策 ${id} の実施の手引き (${g + 1}): 責任者を定め、定期的に見直すこと。`]);
    }
  }
  return { catalogueId: catalogue.id, controls: catalogue.entries.length, bytes: xlsx({ 本文: rows }) };
}

/** A CAIQ v4-shaped workbook (invented wording): a sheet of notes, then the questions. */
export function caiqWorkbook(questions: number): Uint8Array {
  const rows = [
    ['Consensus Assessment Initiative Questionnaire (invented for the benchmark)'],
    [],
    [
      'Question ID',
      'Question',
      'CSP CAIQ Answer',
      'SSRM Control Ownership',
      'CCM Control ID',
      'CCM Domain Title'
    ]
  ];
  const domains = ['A&A', 'AIS', 'BCR', 'CCC', 'CEK', 'DCS', 'DSP', 'GRC', 'HRS', 'IAM', 'IPY', 'IVS'];
  for (let i = 0; i < questions; i++) {
    const domain = domains[i % domains.length]!;
    const id = `${domain}-${String((Math.floor(i / domains.length) % 99) + 1).padStart(2, '0')}.${(i % 9) + 1}`;
    rows.push([
      id,
      `Is control ${id} documented, approved and reviewed every year?`,
      'Yes',
      'CSP-owned',
      id.slice(0, -2),
      `${domain} domain`
    ]);
  }
  return xlsx({ Introduction: [['Read me first']], CAIQ: rows });
}

/** `count` entries of `size` zero bytes each, deflated: a few hundred KB declaring `count × size`. */
export function zipBomb(count: number, size: number): Uint8Array {
  return buildZip(zerosBomb(count, size));
}
