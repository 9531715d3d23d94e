import { describe, expect, it } from 'vitest';
import { fillMessage } from './messages';

describe('plural forms in messages', () => {
  it.each([
    ['{count} {count|subcontractor|subcontractors}', { count: 0 }, '0 subcontractors'],
    ['{count} {count|subcontractor|subcontractors}', { count: 1 }, '1 subcontractor'],
    ['{count} {count|subcontractor|subcontractors}', { count: 2 }, '2 subcontractors'],
    ['{count} {count|subcontractor|subcontractors}', { count: '1' }, '1 subcontractor'],
    ['{n} {n|point|points}', { n: 0.5 }, '0.5 points'],
    ['{count} {count|row has|rows have} no key', { count: 1 }, '1 row has no key'],
    // Two counts in one message, each choosing its own form.
    ['{a} {a|file|files} · {b} {b|entry|entries}', { a: 1, b: 3 }, '1 file · 3 entries'],
    // A value that is not given leaves the form as written, as a plain placeholder does.
    ['{count} {count|file|files}', { other: 1 }, '{count} {count|file|files}'],
    // A value holding braces is inserted as it is, never read as a form.
    ['{name}: {count} {count|file|files}', { name: '{count|x|y}', count: 1 }, '{count|x|y}: 1 file']
  ])('%s with %o', (template, params, expected) => {
    expect(fillMessage(template, params)).toBe(expected);
  });
});
