import { describe, expect, it } from 'vitest';
import { isNote, type IssueCode } from './issues';

describe('isNote', () => {
  it.each<[IssueCode, boolean]>([
    ['dateEraOverrun', true],
    ['invalidDate', false],
    ['impossibleDate', false],
    ['answerNotInList', false]
  ])('%s is a note: %s', (code, note) => {
    expect(isNote({ code, path: 'S!A1' })).toBe(note);
  });
});
