/**
 * The validity rules of each attestation type (shipped data in `questionnaires/`, checked by a
 * unit test), loaded on demand so pages that do not show a status do not carry them; and today's
 * local calendar date, the stand-in reference date when no bid deadline is set.
 */
import type { AttestationTypeCatalogue, AttestationTypeInfo } from '$lib/domain/catalogue';
import { currentTime } from './context';

const typeFiles = import.meta.glob<AttestationTypeCatalogue>(
  '../../../questionnaires/attestation-types.json',
  {
    import: 'default'
  }
);

export async function loadAttestationTypes(): Promise<AttestationTypeInfo[]> {
  const files = await Promise.all(Object.values(typeFiles).map((load) => load()));
  return files.flatMap((file) => file.types);
}

/** Today's calendar date where the user is (the status rules count whole local days). */
export function localToday(): string {
  const now = currentTime();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
