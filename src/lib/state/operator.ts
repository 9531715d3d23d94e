/**
 * Saving the operator (氏名・所属): checked by the domain rule, recorded old → new in the audit trail
 * of every stored procurement under the new operator's name, and only then kept in this browser,
 * so a change that could not be audited is not made.
 */
import { browserContext, recordOperatorChange } from '$lib/db';
import { checkOperator, operatorLabel, sameOperator, type OperatorIssue } from '$lib/domain/operator';
import { attempt } from './errors';
import { notices } from './notices.svelte';
import { prefs } from './preferences.svelte';

/** Saves the operator as typed; returns what is wrong with it (empty when saved or unchanged). */
export async function saveOperator(input: { name: string; affiliation: string }): Promise<OperatorIssue[]> {
  const { data, issues } = checkOperator(input);
  if (!data) return issues;
  const label = operatorLabel(data, prefs.locale);
  const before = prefs.operator;
  if (sameOperator(before, data)) {
    notices.info({ key: 'people.operator.saved', params: { label } });
    return [];
  }
  let count = 0;
  const ok = await attempt(async () => {
    count = await recordOperatorChange(browserContext(label, true), before, data);
  });
  if (!ok) return [];
  prefs.setOperator(data);
  notices.info(
    count > 0
      ? { key: 'people.operator.savedAudited', params: { label, count } }
      : { key: 'people.operator.saved', params: { label } }
  );
  return [];
}

export { operatorReady } from './operator-ready';
