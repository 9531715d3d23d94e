/**
 * One term per concept: the words a user reads for the subservice-organisation methods and the JASA CS marks, and
 * the retired variants that must not come back in messages, packs, the workbook, the memo, presets or
 * `questionnaires/`. Reading old spellings stays allowed in `questionnaires/aliases.json` (the scan names where).
 * Sources and how sure we are: README, "Glossary: Japanese terms ↔ code names".
 */

export interface Term {
  /** The code name (`subserviceMethod` / `AttestationType` value). */
  code: string;
  ja: string;
  en: string;
  /** Retired spellings, matched on NFKC-normalised text (half-width ･ counts as ・). */
  retired: readonly RegExp[];
}

export const TERMS: readonly Term[] = [
  {
    code: 'inclusive',
    ja: '一体方式',
    en: 'inclusive method',
    // "Inclusive" as a label on its own; lower-case "inclusive" is left alone (it also means "tax-inclusive").
    retired: [/包含方式/, /インクルーシブ/, /\bInclusive\b(?! method)/, /\binclusive approach\b/i]
  },
  {
    code: 'carveOut',
    ja: '除外方式',
    en: 'carve-out method',
    retired: [/カーブアウト/, /\bCarve[- ]?out\b(?! method)/, /\bcarve[- ]out approach\b/i]
  },
  {
    code: 'csGold',
    ja: 'CSゴールドマーク',
    en: 'CS Gold Mark',
    retired: [
      /CSマーク・?ゴールド/,
      /CS ?ゴールド(?!マーク)/,
      /CS ゴールドマーク/,
      /\bCS Mark Gold\b/i,
      /\bCS Gold(?! Mark\b)/,
      /\bGold CS Mark\b/i
    ]
  },
  {
    code: 'csSilver',
    ja: 'CSシルバーマーク',
    en: 'CS Silver Mark',
    retired: [
      /CSマーク・?シルバー/,
      /CS ?シルバー(?!マーク)/,
      /CS シルバーマーク/,
      /\bCS Mark Silver\b/i,
      /\bCS Silver(?! Mark\b)/,
      /\bSilver CS Mark\b/i
    ]
  }
];

export interface RetiredTermFound {
  /** The text as found (normalised). */
  found: string;
  /** The term to use instead, in the language the variant is written in. */
  use: string;
  code: string;
}

const hasJapanese = (text: string) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(text);

/** Every retired variant in the text, in the order of `TERMS`; empty when the text uses the chosen terms only. */
export function findRetiredTerms(text: string): RetiredTermFound[] {
  const normal = text.normalize('NFKC');
  const out: RetiredTermFound[] = [];
  for (const term of TERMS) {
    for (const pattern of term.retired) {
      const global = new RegExp(
        pattern.source,
        pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`
      );
      for (const match of normal.matchAll(global)) {
        out.push({ found: match[0], use: hasJapanese(match[0]) ? term.ja : term.en, code: term.code });
      }
    }
  }
  return out;
}
