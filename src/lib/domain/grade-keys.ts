/**
 * The grading sheet's keys, as one rule the sheet obeys and the page lists. On a grade control:
 * a level's own code (A–E, case and width ignored) or its position in the rubric as listed
 * (1 = the first) sets a level of a 任意 item; o or ○ sets 適合 and x or × 不適合 on a 必須 item.
 * Enter goes to the rationale; Ctrl+Enter (⌘+Enter) goes to the next row's grade, with Shift to the
 * previous one, from the grade or the rationale. Alt+↓ is left alone: it opens the list natively.
 */
import type { RequirementKind, RubricLevel, Verdict } from './model';

/** What a key sets on a grade control, or null when the key is not a grading key there. */
export type KeyGrade = { verdict: Verdict } | { level: string } | null;

const PASS_KEYS = new Set(['o', '○', '〇', '◯']);
const FAIL_KEYS = new Set(['x', '×', '✕', '✗']);

/** A key as typed with or without the IME's full width (Ａ, １), lower-cased. */
function normalise(key: string): string {
  return key.normalize('NFKC').toLowerCase();
}

export function gradeForKey(key: string, kind: RequirementKind, rubric: readonly RubricLevel[]): KeyGrade {
  if ([...key].length !== 1) return null;
  const typed = normalise(key);
  if (kind === 'mandatory') {
    if (PASS_KEYS.has(typed)) return { verdict: 'pass' };
    if (FAIL_KEYS.has(typed)) return { verdict: 'fail' };
    return null;
  }
  // A level's own code wins over a position, so a rubric coded 5 … 1 is typed as it reads.
  const byCode = rubric.find((level) => normalise(level.code) === typed);
  if (byCode) return { level: byCode.code };
  if (/^[1-9]$/.test(typed)) {
    const byPosition = rubric[Number(typed) - 1];
    if (byPosition) return { level: byPosition.code };
  }
  return null;
}

/** A key press as the sheet reads it (the parts of a KeyboardEvent it needs). */
export interface SheetKeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** True while an IME is composing: Enter then confirms the conversion. */
  isComposing?: boolean;
}

export type SheetMove = 'rationale' | 'nextRow' | 'previousRow' | null;

/**
 * Where a key moves the focus. `on` is the control it was pressed on: Enter alone moves from the grade
 * to the rationale only (in the rationale it types a new line).
 */
export function sheetMove(press: SheetKeyPress, on: 'grade' | 'rationale'): SheetMove {
  if (press.key !== 'Enter' || press.isComposing || press.altKey) return null;
  const command = press.ctrlKey || press.metaKey;
  if (command) return press.shiftKey ? 'previousRow' : 'nextRow';
  if (on === 'grade' && !press.shiftKey) return 'rationale';
  return null;
}

/** Whether a key press could set a grade (no modifier but Shift, which types capitals). */
export function isPlainKey(press: SheetKeyPress): boolean {
  return !press.ctrlKey && !press.metaKey && !press.altKey && !press.isComposing;
}
