/**
 * A vendor's answer (○ / △ / ×) by name: apart from `labels.ts` so the answers table, opened cold,
 * does not wait for every label.
 */
import type { Answer } from '$lib/domain/model';
import type { MessageKey } from './messages';

export const answerKey: Record<Answer, MessageKey> = {
  full: 'answer.full',
  partial: 'answer.partial',
  none: 'answer.none'
};
