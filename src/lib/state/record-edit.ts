/**
 * A form's save of a whole record (vendor, subcontractor, attestation, requirement, procurement,
 * scoring settings), one writer at a time: the save runs through the workspace's `perform` (which
 * reports other failures and reloads), and a refusal because another tab changed the same field
 * comes back as the conflict, for the form to show with the user's input kept.
 */
import { WriteConflictError } from '$lib/db/errors';
import type { WriteDecision } from '$lib/domain/versions';

export type EditOutcome<F extends object> =
  | { kind: 'saved' }
  | { kind: 'failed' }
  | { kind: 'conflict'; decision: Extract<WriteDecision<F>, { kind: 'conflict' }> };

export async function saveRecordEdit<F extends object>(
  perform: (action: () => Promise<unknown>) => Promise<boolean>,
  action: () => Promise<unknown>
): Promise<EditOutcome<F>> {
  let refused: WriteConflictError<F> | null = null;
  const ok = await perform(async () => {
    try {
      await action();
    } catch (e) {
      if (!(e instanceof WriteConflictError)) throw e;
      refused = e as WriteConflictError<F>;
    }
  });
  if (refused !== null) return { kind: 'conflict', decision: (refused as WriteConflictError<F>).decision };
  return ok ? { kind: 'saved' } : { kind: 'failed' };
}
