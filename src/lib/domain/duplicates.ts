/**
 * When two requirements of a specification look like the same requirement: the one rule read by
 * the specification list (a warning beside the row) and by the checks before the criteria lock
 * (each pair resolved or kept with a reason). Two requirements are duplicates when
 * - `sameControl`: they were created from the same catalogue entry (`sourceRef`), or map to exactly
 *   the same non-empty set of catalogue controls (`controlRefs`: an entry added once from ISO/IEC 27002
 *   and once from its equal in the ISMAP 管理基準 carries the same set through the crosswalk);
 * - `similarText`: after normalising (NFKC, lower case, no spaces, punctuation or symbols) their
 *   titles are equal, or their texts' character bigrams have a Dice similarity of at least 0.9.
 * Sharing one broad control (e.g. `tsc:CC6.1`) is not a duplicate: presets map several items to it.
 */
import type { Requirement } from './model';

export type DuplicateReason = 'sameControl' | 'similarText';

/** Dice similarity (2·|A∩B| ÷ (|A| + |B|), bigram multisets) at or above which texts are near-identical. */
export const TEXT_SIMILARITY_MIN = 0.9;

export interface DuplicatePair {
  /** The earlier requirement in specification order, then the later one. */
  first: Requirement;
  second: Requirement;
  reason: DuplicateReason;
  /** The shared catalogue control (sameControl), e.g. `iso27002:9.4.1`. */
  control?: string;
  /** Dice similarity of the texts, 0 to 1 (similarText). */
  similarity?: number;
}

/** Text compared: NFKC (全角 → 半角), lower case, without white space, punctuation or symbols. */
export function comparableText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const n of counts.values()) sum += n;
  return sum;
}

/** Dice similarity of two comparable texts' bigram multisets (1 for two equal texts, 0 if either has none). */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return a.length > 0 ? 1 : 0;
  const [x, y] = [bigrams(a), bigrams(b)];
  const size = total(x) + total(y);
  if (size === 0) return 0;
  let shared = 0;
  for (const [gram, n] of x) shared += Math.min(n, y.get(gram) ?? 0);
  return (2 * shared) / size;
}

interface Prepared {
  requirement: Requirement;
  title: string;
  text: string;
  grams: number;
  controls: string;
}

function sameControl(a: Prepared, b: Prepared): string | null {
  const [x, y] = [a.requirement, b.requirement];
  if (x.sourceRef && x.sourceRef === y.sourceRef) return x.sourceRef;
  if (a.controls && a.controls === b.controls) return x.controlRefs[0] ?? null;
  return null;
}

function similarText(a: Prepared, b: Prepared): number | null {
  if (a.title && a.title === b.title) return textSimilarity(a.text, b.text);
  // Dice ≥ m needs the shorter text to hold at least m ÷ (2 − m) of the longer's bigrams.
  const [short, long] = a.grams < b.grams ? [a.grams, b.grams] : [b.grams, a.grams];
  if (long === 0 || short < (long * TEXT_SIMILARITY_MIN) / (2 - TEXT_SIMILARITY_MIN)) return null;
  const similarity = textSimilarity(a.text, b.text);
  return similarity >= TEXT_SIMILARITY_MIN ? similarity : null;
}

/** Every pair of requirements that look like the same requirement, in specification order. */
export function findDuplicates(requirements: readonly Requirement[]): DuplicatePair[] {
  const prepared: Prepared[] = [...requirements]
    .sort((a, b) => a.order - b.order)
    .map((requirement) => {
      const text = comparableText(requirement.text);
      return {
        requirement,
        title: comparableText(requirement.title),
        text,
        grams: Math.max(0, [...text].length - 1),
        controls: [...new Set(requirement.controlRefs)].sort().join('\n')
      };
    });
  const pairs: DuplicatePair[] = [];
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      const [a, b] = [prepared[i]!, prepared[j]!];
      const control = sameControl(a, b);
      if (control !== null) {
        pairs.push({ first: a.requirement, second: b.requirement, reason: 'sameControl', control });
        continue;
      }
      const similarity = similarText(a, b);
      if (similarity !== null) {
        pairs.push({ first: a.requirement, second: b.requirement, reason: 'similarText', similarity });
      }
    }
  }
  return pairs;
}

/** A pair's stable key: the two requirements' ids in specification order. */
export function duplicateKey(pair: Pick<DuplicatePair, 'first' | 'second'>): string {
  return `${pair.first.id}|${pair.second.id}`;
}
