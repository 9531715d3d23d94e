/**
 * Whether an act that needs a named operator may start: apart from `operator.ts` (which saves the
 * operator, and with it the audit writes), so a page that only asks does not carry the saving.
 */
import { notices } from './notices.svelte';
import { operatorPrompt } from './operator-prompt.svelte';
import { prefs } from './preferences.svelte';

/**
 * Whether an act that needs a named operator may start; if not, says why and offers the operator
 * form. Storage refuses the act too (`assertNamed`); this spares the user a dialog that cannot succeed.
 */
export function operatorReady(): boolean {
  if (prefs.operator) return true;
  notices.error({ key: 'people.operator.required' });
  operatorPrompt.request();
  return false;
}
