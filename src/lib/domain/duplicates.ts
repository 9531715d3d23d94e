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
  return dice(bigrams(a), bigrams(b));
}

function dice(x: Map<string, number>, y: Map<string, number>): number {
  const size = total(x) + total(y);
  if (size === 0) return 0;
  const [small, large] = x.size < y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const [gram, n] of small) shared += Math.min(n, large.get(gram) ?? 0);
  return (2 * shared) / size;
}

interface Prepared {
  requirement: Requirement;
  title: string;
  text: string;
  /** Number of bigrams in the text. */
  grams: number;
  controls: string;
}

function sameControl(a: Prepared, b: Prepared): string | null {
  const [x, y] = [a.requirement, b.requirement];
  if (x.sourceRef && x.sourceRef === y.sourceRef) return x.sourceRef;
  if (a.controls && a.controls === b.controls) return x.controlRefs[0] ?? null;
  return null;
}

/**
 * For each requirement, the bigrams it shares with every later one (Σ min of the counts), through
 * an index from each bigram to the requirements holding it: only pairs with a bigram in common are
 * touched, so a specification of hundreds of items is compared in milliseconds, not n² map walks.
 */
function sharedBigrams(texts: readonly string[], visit: (i: number, shared: Float64Array) => void): void {
  const ids = new Map<string, number>();
  const postings: { index: number; count: number }[][] = [];
  const vectors = texts.map((text, index) =>
    [...bigrams(text)].map(([gram, count]) => {
      let id = ids.get(gram);
      if (id === undefined) {
        id = postings.length;
        ids.set(gram, id);
        postings.push([]);
      }
      postings[id]!.push({ index, count });
      return [id, count] as const;
    })
  );
  const shared = new Float64Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    shared.fill(0, i + 1);
    for (const [id, count] of vectors[i]!) {
      const list = postings[id]!;
      // Postings are in requirement order: walk back over the later ones only.
      for (let k = list.length - 1; k >= 0 && list[k]!.index > i; k--) {
        shared[list[k]!.index]! += Math.min(count, list[k]!.count);
      }
    }
    visit(i, shared);
  }
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
  sharedBigrams(
    prepared.map((p) => p.text),
    (i, shared) => {
      const a = prepared[i]!;
      for (let j = i + 1; j < prepared.length; j++) {
        const b = prepared[j]!;
        const control = sameControl(a, b);
        if (control !== null) {
          pairs.push({ first: a.requirement, second: b.requirement, reason: 'sameControl', control });
          continue;
        }
        const size = a.grams + b.grams;
        // A text of fewer than two characters has no bigram and is like no other.
        const similarity = size === 0 ? 0 : a.text === b.text ? 1 : (2 * shared[j]!) / size;
        if ((a.title && a.title === b.title) || similarity >= TEXT_SIMILARITY_MIN) {
          pairs.push({ first: a.requirement, second: b.requirement, reason: 'similarText', similarity });
        }
      }
    }
  );
  return pairs;
}

/** A pair's stable key: the two requirements' ids in specification order. */
export function duplicateKey(pair: Pick<DuplicatePair, 'first' | 'second'>): string {
  return `${pair.first.id}|${pair.second.id}`;
}
