/**
 * What importing a filled questionnaire pack would change in one vendor's responses, before
 * anything is written. A blank incoming field never overwrites a stored value (the vendor left it
 * empty, they did not erase it): each item's `after` is the merge, and the apply step writes it.
 * A row with nothing in it is skipped. A response is written only with an answer: a row whose
 * answer is blank or maps to nothing (N/A, an unknown word, a value the mapping ignores) while no
 * answer is stored is counted `unanswered` and writes nothing. The counts and the apply step both
 * come from `responseWrites`, so what the preview says is what is stored. Texts compare after
 * line-end, NFC and trim.
 */
import type { Answer, Id, Response } from './model';

export interface ResponseFields {
  answer: Answer | null;
  explanation: string;
  evidenceRefs: string;
}

/** One answered row of an import (a `PackAnswer` fits). */
export interface IncomingAnswer extends ResponseFields {
  requirementId: Id;
  /**
   * The answer cell held a word that is no answer (N/A, an unknown word): `answer` is null and
   * the import reported it. Such a row never creates a response without an answer.
   */
  answerUnread?: true;
}

export type ResponseChangeKind = 'new' | 'changed' | 'unchanged';

export interface ResponseChange {
  requirementId: Id;
  kind: ResponseChangeKind;
  /** The stored response, or null when the vendor has none for this requirement. */
  before: ResponseFields | null;
  after: ResponseFields;
}

export interface ResponseCounts {
  new: number;
  changed: number;
  unchanged: number;
  /** Rows with nothing in them. */
  skipped: number;
  /** Rows with a text but no answer, for a requirement without a stored answer: not stored. */
  unanswered: number;
}

export interface ResponsePreview {
  items: ResponseChange[];
  counts: ResponseCounts;
}

/** The changes applying writes (new and changed), each with an answer: the one list both counted and stored. */
export function responseWrites(items: readonly ResponseChange[]): ResponseChange[] {
  return items.filter((item) => item.kind !== 'unchanged' && item.after.answer !== null);
}

function fold(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC').trim();
}

function isBlank(incoming: ResponseFields): boolean {
  return incoming.answer === null && fold(incoming.explanation) === '' && fold(incoming.evidenceRefs) === '';
}

/** `base` with each non-blank field of `incoming`; a text equal after folding keeps `base`'s spelling. */
function merge(base: ResponseFields, incoming: ResponseFields): ResponseFields {
  const text = (stored: string, next: string) =>
    fold(next) === '' || fold(next) === fold(stored) ? stored : next;
  return {
    answer: incoming.answer ?? base.answer,
    explanation: text(base.explanation, incoming.explanation),
    evidenceRefs: text(base.evidenceRefs, incoming.evidenceRefs)
  };
}

function sameFields(a: ResponseFields, b: ResponseFields): boolean {
  return a.answer === b.answer && a.explanation === b.explanation && a.evidenceRefs === b.evidenceRefs;
}

function fields(response: ResponseFields): ResponseFields {
  return { answer: response.answer, explanation: response.explanation, evidenceRefs: response.evidenceRefs };
}

/**
 * One item per requirement, in the order first met in `incoming`; a requirement met twice merges
 * the later row over the earlier. Responses of other vendors are ignored.
 */
export function previewResponses(
  existing: readonly Response[],
  incoming: readonly IncomingAnswer[],
  vendorId: Id
): ResponsePreview {
  const stored = new Map<Id, ResponseFields>();
  for (const response of existing) {
    if (response.vendorId === vendorId) stored.set(response.requirementId, fields(response));
  }
  const merged = new Map<Id, ResponseFields>();
  let skipped = 0;
  let unanswered = 0;
  for (const row of incoming) {
    if (isBlank(row)) {
      skipped++;
      continue;
    }
    const base = merged.get(row.requirementId) ?? stored.get(row.requirementId);
    // Its texts alone would store a response whose answer is blank: wait for an answer.
    if (row.answer === null && (base?.answer ?? null) === null) {
      unanswered++;
      continue;
    }
    merged.set(
      row.requirementId,
      merge(base ?? { answer: null, explanation: '', evidenceRefs: '' }, fields(row))
    );
  }
  const items = [...merged].map(([requirementId, after]): ResponseChange => {
    const before = stored.get(requirementId) ?? null;
    const kind: ResponseChangeKind = !before ? 'new' : sameFields(before, after) ? 'unchanged' : 'changed';
    return { requirementId, kind, before, after };
  });
  const writes = responseWrites(items);
  const counts: ResponseCounts = {
    new: writes.filter((item) => item.kind === 'new').length,
    changed: writes.filter((item) => item.kind === 'changed').length,
    unchanged: items.filter((item) => item.kind === 'unchanged').length,
    skipped,
    unanswered
  };
  return { items, counts };
}
