/**
 * What tells two reads of one procurement's bundle apart without comparing them whole (which would
 * cost as much as copying them): every stored change goes through the audit chain, moving the
 * procurement's head and `updatedAt`, and the row counts catch what replaces rows without it (a
 * restore). Equal stamps: the same stored state. The evidence files' bytes are left out: the work
 * that compares stamps (the workbook) never reads them.
 */
import { BUNDLE_COLLECTIONS, type ProcurementBundle } from './model';

export function bundleStamp(bundle: ProcurementBundle): string {
  const { procurement, audit } = bundle;
  const last = audit.at(-1);
  return JSON.stringify([
    procurement.id,
    procurement.updatedAt,
    procurement.version ?? 0,
    procurement.auditHead,
    last ? [last.seq, last.hash] : null,
    BUNDLE_COLLECTIONS.filter((c) => c !== 'evidenceBlobs').map((c) => bundle[c].length)
  ]);
}
