/**
 * English plurals in messages. A message writes `{count|requirement|requirements}`: the first form
 * when the value is exactly one, the second otherwise ("1 requirement", "0 requirements",
 * "2 requirements"). The noun follows the number it counts, so `{count} {count|file|files}` reads
 * "1 file". Japanese messages have no plural and never use the form. Kept free of `Intl` so the
 * first page stays small: English needs only the one/other choice.
 */
export function pluralForm(value: string | number, one: string, other: string): string {
  return Number(value) === 1 ? one : other;
}

/** `{name|one|other}` in a message: the form for the parameter's value (see `pluralForm`). */
export const PLURAL_PLACEHOLDER = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;
