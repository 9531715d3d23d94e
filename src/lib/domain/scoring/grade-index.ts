/**
 * Which grade and consensus count, indexed by position. Entities get slots (vendor × requirement ×
 * evaluator; duplicated ids share one); the latest grade per position and the latest consensus per
 * cell win (`records.ts`: by timestamp, then id, so duplicates resolve the same in any order).
 * What a grade says is read once into a compact table of numbers, which the stages read.
 */
import type { Consensus, Evaluator, Grade, Id, Requirement, Vendor } from '../model';
import { consensusTime, gradeTime, isLater, latestPer } from '../records';

/** Slots of the distinct ids, in first-seen order (duplicated ids share a slot). */
function slots(entities: readonly { id: Id }[]): { slotOf: Map<Id, number>; of: number[] } {
  const slotOf = new Map<Id, number>();
  const of = entities.map((e) => {
    let slot = slotOf.get(e.id);
    if (slot === undefined) slotOf.set(e.id, (slot = slotOf.size));
    return slot;
  });
  return { slotOf, of };
}

/** `text.trim() !== ''`, without the call when the first character is plainly not a space. */
function written(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c > 0x20 && c < 0x7f) || (c > 0x3000 && c < 0xfeff) || text.trim() !== '';
}

/**
 * The slot of `id` among the distinct ids (`ids[slot]`, `slotOf` its inverse): `guess` is tried
 * first, then the slot before it, then the map. Grades usually come grouped by vendor and
 * requirement, in evaluator order, so the guess (the slot after the last one) mostly holds.
 */
function slotOfId(ids: readonly Id[], slotOf: Map<Id, number>, id: Id, guess: number): number {
  if (ids[guess] === id) return guess;
  if (guess > 0 && ids[guess - 1] === id) return guess - 1;
  return slotOf.get(id) ?? -1;
}

/**
 * The latest grade per position (vendor slot, requirement slot, evaluator slot), by timestamp then
 * id, so duplicates resolve the same in any order; what it says is read once into a compact table,
 * `answers`: (rubric position + 1) × 16 + verdict × 4 + rationale, with verdict 0 none, 1 pass,
 * 2 fail, 3 other, and rationale 0 blank, 1 given, 2 not a string (then read from the grade).
 * `latestGrade` gives the grade itself (index into `grades` + 1, 0 for none).
 */
function indexGrades(
  grades: readonly Grade[],
  vendorSlot: Map<Id, number>,
  requirementSlot: Map<Id, number>,
  evaluatorSlot: Map<Id, number>,
  rubricCodes: readonly string[]
) {
  const nv = vendorSlot.size;
  const nr = requirementSlot.size;
  const ne = evaluatorSlot.size;
  const answers = new Int32Array(nv * nr * ne);
  const latestGrade = new Int32Array(answers.length);
  const vendorIds = [...vendorSlot.keys()];
  const requirementIds = [...requirementSlot.keys()];
  const evaluatorIds = [...evaluatorSlot.keys()];
  // Rubric positions by code (the last match); one-character ASCII codes, the usual A–E, by a
  // table of character codes, which spares a string comparison per grade.
  const rubricIndex = new Map(rubricCodes.map((code, i) => [code, i]));
  const byChar = new Int32Array(128).fill(-1);
  rubricCodes.forEach((code, i) => {
    if (code.length === 1 && code.charCodeAt(0) < 128) byChar[code.charCodeAt(0)] = i;
  });
  let v = -1;
  let r = -1;
  let e = -1;
  for (let gi = 0; gi < grades.length; gi++) {
    const g = grades[gi]!;
    // Guesses: the same vendor; the same requirement or the next; the next evaluator.
    if (v < 0 || vendorIds[v] !== g.vendorId) v = slotOfId(vendorIds, vendorSlot, g.vendorId, v + 1);
    if (r < 0 || requirementIds[r] !== g.requirementId) {
      r = slotOfId(requirementIds, requirementSlot, g.requirementId, r + 1 < nr ? r + 1 : 0);
    }
    e = slotOfId(evaluatorIds, evaluatorSlot, g.evaluatorId, e + 1 < ne ? e + 1 : 0);
    if (v < 0 || r < 0 || e < 0) continue;
    const i = (v * nr + r) * ne + e;
    const previous = latestGrade[i]!;
    if (previous) {
      const prev = grades[previous - 1]!;
      if (!isLater(gradeTime(g), g.id, gradeTime(prev), prev.id)) continue;
    }
    latestGrade[i] = gi + 1;
    const code = g.level;
    const level =
      code == null
        ? -1
        : code.length === 1 && code.charCodeAt(0) < 128
          ? byChar[code.charCodeAt(0)]!
          : (rubricIndex.get(code) ?? -1);
    const verdict = g.verdict == null ? 0 : g.verdict === 'pass' ? 1 : g.verdict === 'fail' ? 2 : 3;
    const reason = typeof g.rationale !== 'string' ? 2 : written(g.rationale) ? 1 : 0;
    answers[i] = (level + 1) * 16 + verdict * 4 + reason;
  }
  return { answers, latestGrade };
}

export interface GradeIndex {
  vendorSlots: ReturnType<typeof slots>;
  requirementSlots: ReturnType<typeof slots>;
  evaluatorSlots: ReturnType<typeof slots>;
  /** Distinct requirements and evaluators (the strides of the tables). */
  nr: number;
  ne: number;
  /** Per position (vendor slot × nr + requirement slot) × ne + evaluator slot; see `indexGrades`. */
  answers: Int32Array;
  latestGrade: Int32Array;
  /** The latest consensus per cell (vendor slot × nr + requirement slot). */
  consensus: Map<number, Consensus>;
}

/** Indexes the latest grades and consensus of the input by position (entities sorted by the caller). */
export function indexInput(
  vendors: readonly Vendor[],
  requirements: readonly Requirement[],
  evaluators: readonly Evaluator[],
  grades: readonly Grade[],
  consensus: readonly Consensus[],
  rubricCodes: readonly string[]
): GradeIndex {
  const vendorSlots = slots(vendors);
  const requirementSlots = slots(requirements);
  const evaluatorSlots = slots(evaluators);
  const nr = requirementSlots.slotOf.size;
  const ne = evaluatorSlots.slotOf.size;
  const { answers, latestGrade } = indexGrades(
    grades,
    vendorSlots.slotOf,
    requirementSlots.slotOf,
    evaluatorSlots.slotOf,
    rubricCodes
  );
  // A map, as few cells have a consensus; a record no entity of the input refers to is skipped.
  const agreed = latestPer(
    consensus,
    (c) => {
      const v = vendorSlots.slotOf.get(c.vendorId);
      const r = requirementSlots.slotOf.get(c.requirementId);
      return v === undefined || r === undefined ? undefined : v * nr + r;
    },
    consensusTime
  );
  return { vendorSlots, requirementSlots, evaluatorSlots, nr, ne, answers, latestGrade, consensus: agreed };
}
