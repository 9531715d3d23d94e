/**
 * A list typed as text (regions, scope services …): one item a line or separated by commas. Apart
 * from the attestation draft, so the vendor form, shown with the vendor page, does not carry that.
 */

/** Items one per line or separated by commas (、 ， too). */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,、，]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}
