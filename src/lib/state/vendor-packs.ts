/**
 * Vendors' questionnaire packs: the input of one vendor's pack (the answers page and the collect
 * page's export for every vendor build the same one), and the loop that builds and saves one file
 * per vendor, named by procurement and vendor, with a pause between files so that a browser asking
 * to allow several downloads drops none. The pack's contents are the exporter's alone.
 */
import { latestVersion } from '$lib/domain/criteria';
import { documentLocale } from '$lib/domain/document-language';
import type { ProcurementBundle, Vendor } from '$lib/domain/model';
import { inLanguage } from '$lib/domain/requirement-text';
import { packFileNames } from '$lib/io/download';
import type { PackInput } from '$lib/io/pack-export';
import type { PackExpectation } from '$lib/io/pack-import-template';
import { numericDateOrder } from '$lib/domain/date-order';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The pack input for one vendor against the latest criteria version, in the procurement's document
 * language (its words and the requirements' wording); null before any lock.
 */
export function packInput(bundle: ProcurementBundle, vendor: Vendor, exportedAt: string): PackInput | null {
  const latest = latestVersion(bundle.criteriaVersions);
  if (!latest) return null;
  const locale = documentLocale(bundle.procurement);
  return {
    procurementTitle: bundle.procurement.title,
    organisation: bundle.procurement.organisation,
    vendor: { id: vendor.id, company: vendor.company, serviceName: vendor.serviceName },
    criteria: { version: latest.version, hash: latest.hash },
    requirements: latest.requirements.map((r) => inLanguage(r, locale)),
    answers: bundle.responses.filter((r) => r.vendorId === vendor.id),
    reports: bundle.attestations.filter((a) => a.vendorId === vendor.id),
    locale,
    exportedAt
  };
}

/**
 * What a filled pack of `vendorId` is checked against: the latest criteria's requirements worded as
 * `packInput` wrote them (the document language), so the checksum and each requirement's text of an
 * English pack match; null before any lock.
 */
export function packExpectation(bundle: ProcurementBundle, vendorId: string): PackExpectation | null {
  const latest = latestVersion(bundle.criteriaVersions);
  if (!latest) return null;
  const locale = documentLocale(bundle.procurement);
  return {
    requirements: latest.requirements.map((r) => inLanguage(r, locale)),
    vendorId,
    dateOrder: numericDateOrder(bundle.procurement)
  };
}

/** How the packs are built and handed over; the page gives the real ones, tests their own. */
export interface PackSaver {
  build: (input: PackInput) => Promise<Uint8Array>;
  save: (name: string, bytes: Uint8Array) => void;
  /** Waits between two files. */
  pause: () => Promise<void>;
}

export interface PacksRequest {
  exportedAt: string;
  /** The word for a pack in file names (質問票), in the document language. */
  label: string;
}

/** Builds and saves every vendor's pack (Excel), one file each, in the vendors' order; returns the names. */
export async function exportVendorPacks(
  bundle: ProcurementBundle,
  request: PacksRequest,
  saver: PackSaver
): Promise<string[]> {
  const inputs = bundle.vendors.map((v) => packInput(bundle, v, request.exportedAt));
  if (inputs.some((input) => input === null)) return [];
  const names = packFileNames(
    bundle.procurement.title,
    bundle.vendors.map((v) => v.company),
    request.label,
    'xlsx'
  );
  for (const [i, input] of inputs.entries()) {
    if (i > 0) await saver.pause();
    saver.save(names[i]!, await saver.build(input!));
  }
  return names;
}
