/**
 * An evaluator's progress (`sheetProgress`) worked out vendor by vendor, from each sheet's own
 * grades, so a grade save recomputes only the sheet it changed and the others' parts are kept.
 * The sum over the vendors in order is exactly `sheetProgress` over every grade (a test holds it).
 */
import { gradeDone, type SheetProgress } from './evaluation';
import type { Grade, Id, Requirement } from './model';
import { gradeTime, latestPer } from './records';

/** The first open cells a part keeps: as many as any caller asks for (`sheetProgress`'s default). */
export const OPEN_KEPT = 20;

/** One sheet's part: the cells done, and the first open requirements in order (at most `OPEN_KEPT`). */
export interface VendorProgress {
  done: number;
  open: Id[];
}

/** The latest grade per requirement of one sheet (one evaluator's grades of one vendor). */
export function latestOfSheet(grades: readonly Grade[]): Map<Id, Grade> {
  return latestPer(grades, (g) => g.requirementId, gradeTime);
}

/** One sheet's part, over the requirements in sheet order (`byOrder`). */
export function vendorProgress(
  orderedRequirements: readonly Requirement[],
  latest: ReadonlyMap<Id, Grade>
): VendorProgress {
  let done = 0;
  const open: Id[] = [];
  for (const r of orderedRequirements) {
    if (gradeDone(r, latest.get(r.id))) done++;
    else if (open.length < OPEN_KEPT) open.push(r.id);
  }
  return { done, open };
}

/** The parts of the vendors in sheet order, summed as `sheetProgress` gives them. */
export function combineProgress(
  orderedVendorIds: readonly Id[],
  requirementCount: number,
  partOf: (vendorId: Id) => VendorProgress,
  openLimit = OPEN_KEPT
): SheetProgress {
  const open: SheetProgress['open'] = [];
  let done = 0;
  for (const vendorId of orderedVendorIds) {
    const part = partOf(vendorId);
    done += part.done;
    for (const requirementId of part.open) {
      if (open.length >= Math.min(openLimit, OPEN_KEPT)) break;
      open.push({ vendorId, requirementId });
    }
  }
  return { done, total: orderedVendorIds.length * requirementCount, open };
}
