/**
 * Grades grouped for the grading page, so a page reading one evaluator's or one cell's grades does
 * not read every grade of the procurement, and what was worked out from a group that did not
 * change (another evaluator's progress) can be kept: `bySheet` and `SheetIndex` hand back the
 * previous array of a group whose records are all the same ones, and `SheetIndex`
 * groups an evaluator's sheets only when they are asked for and regroups only the sheets a save
 * changed.
 */
import { cellKey } from './evaluation';
import type { Grade, Id } from './model';

/** The grades of evaluators other than the viewer, by cell (`cellKey`), in the order given. */
export function othersByCell(grades: readonly Grade[], viewerId: Id | undefined): Map<string, Grade[]> {
  const byCell = new Map<string, Grade[]>();
  for (const g of grades) {
    if (g.evaluatorId === viewerId) continue;
    const key = cellKey(g.vendorId, g.requirementId);
    const cell = byCell.get(key);
    if (cell) cell.push(g);
    else byCell.set(key, [g]);
  }
  return byCell;
}

/**
 * The grades by sheet: by evaluator, then by vendor (one evaluator's grades of one vendor), each
 * group in the order given. A grade save touches one sheet, so what is worked out per sheet (its
 * latest grades, its progress) is kept for every other one.
 */
export type SheetGroups = ReadonlyMap<Id, ReadonlyMap<Id, readonly Grade[]>>;

const sameRecords = (a: readonly Grade[] | undefined, b: readonly Grade[]): boolean =>
  a !== undefined && a.length === b.length && a.every((g, i) => g === b[i]);

/** The grades by sheet, read whole; a sheet whose records are all the same keeps its array from `before`. */
export function bySheet(grades: readonly Grade[], before: SheetGroups = new Map()): SheetGroups {
  return groupSheets(grades, new Set(grades.map((g) => g.evaluatorId)), before);
}

/** Above this many changed grades, regrouping every grade is as quick as regrouping the changed sheets. */
const MOST_CHANGED = 1000;

/** How far a walk looks ahead for the record it lost: a few grades inserted or removed at one place. */
const LOOK_AHEAD = 64;

/**
 * The sheets (evaluator → vendors) whose grades differ between two versions of a list, from one
 * walk that compares records by reference (a save replaces or inserts a few of them and keeps the
 * rest); null when the lists differ by more than a few inserts or removes at any one place, or
 * in more than `MOST_CHANGED` grades (a first load: every grade is new).
 */
export function changedSheets(prev: readonly Grade[], next: readonly Grade[]): Map<Id, Set<Id>> | null {
  const touched = new Map<Id, Set<Id>>();
  let count = 0;
  const touch = (g: Grade) => {
    count++;
    const vendors = touched.get(g.evaluatorId);
    if (vendors) vendors.add(g.vendorId);
    else touched.set(g.evaluatorId, new Set([g.vendorId]));
  };
  let i = 0;
  let j = 0;
  while (i < prev.length && j < next.length) {
    const a = prev[i]!;
    const b = next[j]!;
    if (a === b) {
      i++;
      j++;
    } else if (a.id === b.id) {
      touch(a);
      touch(b);
      i++;
      j++;
    } else {
      const inserted = findAhead(next, j, a.id);
      const removed = inserted < 0 ? findAhead(prev, i, b.id) : -1;
      if ((inserted < 0 && removed < 0) || count > MOST_CHANGED) return null;
      if (inserted >= 0) for (; j < inserted; j++) touch(next[j]!);
      else for (; i < removed; i++) touch(prev[i]!);
    }
  }
  if (prev.length - i + next.length - j > MOST_CHANGED) return null;
  for (; i < prev.length; i++) touch(prev[i]!);
  for (; j < next.length; j++) touch(next[j]!);
  return count > MOST_CHANGED ? null : touched;
}

function findAhead(list: readonly Grade[], from: number, id: Id): number {
  const end = Math.min(list.length, from + 1 + LOOK_AHEAD);
  for (let k = from + 1; k < end; k++) if (list[k]!.id === id) return k;
  return -1;
}

/** One evaluator's sheets: their grades by vendor. */
export type EvaluatorSheets = ReadonlyMap<Id, readonly Grade[]>;

/**
 * The grades of the evaluators asked for (and, with `only`, of the vendors named) by sheet, from
 * one walk over every grade; a sheet whose records are all the same keeps its array from `before`.
 */
function groupSheets(
  grades: readonly Grade[],
  evaluators: ReadonlySet<Id>,
  before: ReadonlyMap<Id, EvaluatorSheets>,
  only?: ReadonlyMap<Id, ReadonlySet<Id>>
): Map<Id, Map<Id, readonly Grade[]>> {
  const next = new Map<Id, Map<Id, Grade[]>>();
  for (const id of evaluators) next.set(id, new Map());
  for (const g of grades) {
    const sheets = next.get(g.evaluatorId);
    if (!sheets || (only && !only.get(g.evaluatorId)?.has(g.vendorId))) continue;
    const group = sheets.get(g.vendorId);
    if (group) group.push(g);
    else sheets.set(g.vendorId, [g]);
  }
  const out = new Map<Id, Map<Id, readonly Grade[]>>();
  for (const [evaluatorId, sheets] of next) {
    const old = before.get(evaluatorId);
    const kept = new Map<Id, readonly Grade[]>();
    for (const [vendorId, group] of sheets) {
      const was = old?.get(vendorId);
      kept.set(vendorId, was && sameRecords(was, group) ? was : group);
    }
    out.set(evaluatorId, kept);
  }
  return out;
}

/**
 * The grades by sheet, each evaluator's grouped only when first asked for: opening one evaluator's
 * sheet reads every grade once for theirs (one comparison per grade) instead of grouping the whole
 * panel's (225,000 grades at 30 vendors × 1,500 requirements × 5 evaluators). `next` carries what
 * was grouped to the next version of the list, regrouping only the sheets that differ (a grade
 * save: one sheet), or every grouped evaluator's when the lists differ more; each sheet whose
 * records are all the same keeps its array, so what is worked out per sheet can be kept.
 */
export class SheetIndex {
  readonly #grades: readonly Grade[];
  readonly #grouped: Map<Id, EvaluatorSheets>;

  constructor(grades: readonly Grade[], grouped: Map<Id, EvaluatorSheets> = new Map()) {
    this.#grades = grades;
    this.#grouped = grouped;
  }

  /** One evaluator's sheets (grouped now if not yet). */
  sheetsOf(evaluatorId: Id): EvaluatorSheets {
    let sheets = this.#grouped.get(evaluatorId);
    if (!sheets) {
      sheets = groupSheets(this.#grades, new Set([evaluatorId]), this.#grouped).get(evaluatorId)!;
      this.#grouped.set(evaluatorId, sheets);
    }
    return sheets;
  }

  /** One sheet's grades, in the order the list holds them. */
  sheet(evaluatorId: Id, vendorId: Id): readonly Grade[] | undefined {
    return this.sheetsOf(evaluatorId).get(vendorId);
  }

  /** Whether the evaluator has any grade, without grouping theirs. */
  hasGrades(evaluatorId: Id): boolean {
    const sheets = this.#grouped.get(evaluatorId);
    return sheets ? sheets.size > 0 : this.#grades.some((g) => g.evaluatorId === evaluatorId);
  }

  /** The evaluators grouped so far (for tests: what a first sheet cost). */
  get grouped(): Id[] {
    return [...this.#grouped.keys()];
  }

  /** The index of the next version of the list, with what was grouped here carried over. */
  next(grades: readonly Grade[]): SheetIndex {
    if (grades === this.#grades) return this;
    const asked = new Set(this.#grouped.keys());
    if (asked.size === 0) return new SheetIndex(grades);
    const touched = changedSheets(this.#grades, grades);
    if (!touched) return new SheetIndex(grades, groupSheets(grades, asked, this.#grouped));
    const out = new Map(this.#grouped);
    const regrouped = [...touched.keys()].filter((id) => asked.has(id));
    if (regrouped.length === 0) return new SheetIndex(grades, out);
    const fresh = groupSheets(grades, new Set(regrouped), this.#grouped, touched);
    for (const evaluatorId of regrouped) {
      const sheets = new Map(this.#grouped.get(evaluatorId));
      for (const vendorId of touched.get(evaluatorId)!) {
        const group = fresh.get(evaluatorId)!.get(vendorId);
        if (group) sheets.set(vendorId, group);
        else sheets.delete(vendorId);
      }
      out.set(evaluatorId, sheets);
    }
    return new SheetIndex(grades, out);
  }
}
