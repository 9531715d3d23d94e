/**
 * SOC 2 Trust Services categories, apart from the attestation draft so the vendor page's summaries
 * name them without carrying the form's rules.
 */

/** SOC 2 Trust Services categories; security (the common criteria) is always in scope. */
export const TSC_CATEGORIES = [
  'security',
  'availability',
  'processingIntegrity',
  'confidentiality',
  'privacy'
] as const;
export type TscCategory = (typeof TSC_CATEGORIES)[number];

export function isTscCategory(value: string): value is TscCategory {
  return (TSC_CATEGORIES as readonly string[]).includes(value);
}
