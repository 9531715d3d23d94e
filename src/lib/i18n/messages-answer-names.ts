/**
 * Japanese messages of a vendor's answer (○ / △ / ×) by name: part of the `sheet` area (`jaSheet`)
 * and of the decision memo's (`jaMemo`), whose corrections name a changed answer.
 */
export const jaAnswerNames = {
  'answer.full': '対応',
  'answer.partial': '一部対応',
  'answer.none': '未対応'
} as const;
