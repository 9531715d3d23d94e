/**
 * The ranking table (総合評価) as CSV: the rows of `rankingRows`, RFC 4180 with CRLF, in UTF-8 with
 * BOM or Shift_JIS (Windows-31J, what Excel on Japanese Windows reads without asking).
 */
import type { ProcurementBundle, ScoringSettings } from '../domain/model';
import type { ScoringResult } from '../domain/scoring';
import { encodeShiftJis, utf8WithBom } from './encoding';
import { rankingRows, type RankingCell } from './ranking-table';
import type { Locale as WorkbookLocale } from '../i18n/format';

export { rankingRows } from './ranking-table';

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
function csvField(cell: RankingCell): string {
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function rankingCsvText(rows: readonly RankingCell[][]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export async function buildRankingCsv(
  bundle: ProcurementBundle,
  result: ScoringResult,
  settings: ScoringSettings,
  locale: WorkbookLocale,
  encoding: 'utf-8-bom' | 'shift_jis' = 'utf-8-bom'
): Promise<Uint8Array> {
  const text = rankingCsvText(rankingRows(bundle, result, settings, locale));
  return encoding === 'shift_jis' ? encodeShiftJis(text) : utf8WithBom(text);
}
