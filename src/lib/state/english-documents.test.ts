/**
 * Issue 18: a procurement whose document language is English gives English documents. Built from
 * the enterprise preset with vendors typed in English and one typed in Japanese, the pack sent to
 * each vendor, the requirement list, the scoring workbook, the ranking CSV and the decision memo's
 * requirement titles hold no Japanese character (kana, kanji, full-width punctuation) and no ○/×,
 * except inside the names the user typed. Every XML part of the XLSX files is read, so sheet names,
 * drop-down lists and their prompts count too.
 */
import { describe, expect, it } from 'vitest';
import { verifyChain } from '$lib/domain/audit';
import { japaneseCharacters } from '$lib/domain/japanese-text';
import { buildMemo, evidenceStatuses } from '$lib/domain/memo';
import { scoreProcurement } from '$lib/domain/scoring';
import { scoringInputOf } from '$lib/domain/scoring-input';
import { sha256Text } from '$lib/domain/sha256';
import {
  ATTESTATION_TYPES_DATA,
  ENTERPRISE_PRESET,
  englishProcurement,
  TYPED
} from '$lib/testing/english-procurement';
import { unzipEntries } from '$lib/testing/zip';
import { packInput } from './vendor-packs';
import { buildPackCsv, buildPackXlsx } from '$lib/io/pack-export';
import { buildRankingCsv } from '$lib/io/ranking-csv';
import { buildScoringWorkbook } from '$lib/io/scoring-workbook';
import { buildSpecAnnexCsv, buildSpecAnnexXlsx } from '$lib/io/spec-annex';
import { inLanguage } from '$lib/domain/requirement-text';
import { latestVersion } from '$lib/domain/criteria';

/** What is left of a document's text once the names the user typed are taken out. */
function withoutTypedNames(text: string): string {
  const typed = [...TYPED.vendors, TYPED.title, TYPED.organisation, ...TYPED.evaluators];
  return typed.reduce((rest, name) => rest.replaceAll(name, ''), text);
}

/** The pieces of a text (between XML tags, on one line) holding a Japanese character or ○/×. */
function japaneseIn(text: string): string[] {
  const pieces = withoutTypedNames(text).split(/<[^>]*>|\r?\n/);
  // × is also the multiplication sign of the formulas written out in words; as a verdict it stands
  // alone in a cell or quoted in a formula.
  const verdictMark = (p: string) => /○/u.test(p) || p.trim() === '×' || /(&quot;|")×(&quot;|")/u.test(p);
  return [...new Set(pieces.filter((p) => japaneseCharacters(p).length > 0 || verdictMark(p)))];
}

/**
 * The text of every part of an XLSX file (shared strings, sheets, workbook, comments, validations).
 * The styles part is left out: it names fonts, which no reader reads as text.
 */
function xlsxText(bytes: Uint8Array): string {
  const decoder = new TextDecoder();
  return [...unzipEntries(bytes)]
    .filter(([path]) => /\.(xml|rels)$/.test(path) && !path.endsWith('styles.xml'))
    .map(([, data]) => decoder.decode(data))
    .join('\n');
}

const csvText = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

const bundle = englishProcurement();
const result = scoreProcurement(scoringInputOf(bundle));

describe('an English-language procurement from the enterprise preset', () => {
  it('is built as intended: English document language, every vendor ranked', () => {
    expect(bundle.procurement.documentLanguage).toBe('en');
    expect(bundle.requirements).toHaveLength(ENTERPRISE_PRESET.requirements.length);
    expect(result.vendors.filter((v) => v.rank !== null)).toHaveLength(TYPED.vendors.length);
  });

  it.each(bundle.vendors.map((v) => [v.company, v] as const))(
    'the pack for %s (XLSX and CSV) has no Japanese',
    async (_name, vendor) => {
      const input = packInput(bundle, vendor, '2026-04-20T01:00:00.000Z')!;
      expect(input.locale).toBe('en');
      const text = xlsxText(await buildPackXlsx(input)) + csvText(await buildPackCsv(input));
      // The preset's English wording reached the pack.
      expect(text).toContain('Multi-factor authentication can be enforced');
      expect(japaneseIn(text)).toEqual([]);
    }
  );

  it('the requirement list (XLSX and CSV) has no Japanese', async () => {
    const latest = latestVersion(bundle.criteriaVersions)!;
    const input = {
      procurementTitle: bundle.procurement.title,
      organisation: bundle.procurement.organisation,
      criteria: { version: latest.version, hash: latest.hash, lockedAt: latest.lockedAt },
      requirements: latest.requirements.map((r) => inLanguage(r, 'en')),
      locale: 'en' as const
    };
    const text = xlsxText(buildSpecAnnexXlsx(input)) + csvText(await buildSpecAnnexCsv(input, 'utf-8-bom'));
    expect(text).toContain('Data return and deletion at contract end');
    expect(japaneseIn(text)).toEqual([]);
  });

  it('the scoring workbook has no Japanese, and words instead of ○/×', async () => {
    const bytes = await buildScoringWorkbook({
      bundle,
      result,
      attestationTypes: ATTESTATION_TYPES_DATA,
      today: '2026-04-20',
      chain: verifyChain(bundle.audit, sha256Text, bundle.procurement.auditHead),
      stability: null,
      exportedAt: '2026-04-20T01:00:00.000Z'
    });
    const text = xlsxText(bytes);
    expect(text).toContain('Encryption at rest and in transit');
    expect(japaneseIn(text)).toEqual([]);
  });

  it('the ranking CSV has no Japanese', async () => {
    const text = csvText(
      await buildRankingCsv(bundle, result, scoringInputOf(bundle).settings, 'en', 'utf-8-bom')
    );
    expect(japaneseIn(text)).toEqual([]);
  });

  it('the decision memo names the requirements in English', () => {
    const memo = buildMemo({
      bundle,
      result,
      statuses: evidenceStatuses(bundle, ATTESTATION_TYPES_DATA, '2026-04-20'),
      date: '2026-04-20'
    });
    expect(memo.language).toBe('en');
    const titles = [
      ...memo.itemRules.map((r) => r.title),
      ...(memo.selected?.separatingItems ?? []).map((s) => s.title),
      ...memo.disagreements.map((d) => d.title)
    ];
    expect(titles.length).toBeGreaterThan(0);
    expect(japaneseIn(titles.join('\n'))).toEqual([]);
  });
});
