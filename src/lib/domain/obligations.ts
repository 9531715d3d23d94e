/**
 * The buyer's own obligations: the complementary user-entity controls (CUECs) that the vendors'
 * and their subcontractors' assurance reports say the customer must operate.
 */
import type { AttestationType, Id, IsoDate, ProcurementBundle } from './model';

/** The report a CUEC comes from, as a reader names it: its type, auditor and period (or date). */
export interface ObligationSource {
  type: AttestationType;
  /** 監査人 / issuer, '' when not recorded. */
  issuer: string;
  number: string;
  periodStart: IsoDate | null;
  /** The period end, or the as-of date of a Type I report. */
  periodEnd: IsoDate | null;
}

export interface Obligation {
  vendorId: Id;
  /** The vendor, and the subcontractor when the report is the subcontractor's: `vendor / subcontractor`. */
  vendor: string;
  source: ObligationSource;
  obligation: string;
}

/** Every CUEC of every attestation, with the vendor (or subcontractor) whose report states it. */
export function buyerObligations(bundle: ProcurementBundle): Obligation[] {
  const vendors = new Map(bundle.vendors.map((v) => [v.id, v.company]));
  const subs = new Map(bundle.subcontractors.map((s) => [s.id, s.name]));
  return bundle.attestations.flatMap((a) =>
    a.cuecs
      .filter((c) => c.trim())
      .map((obligation) => ({
        vendorId: a.vendorId,
        vendor: a.subcontractorId
          ? `${vendors.get(a.vendorId) ?? ''} / ${subs.get(a.subcontractorId) ?? ''}`
          : (vendors.get(a.vendorId) ?? ''),
        source: {
          type: a.type,
          issuer: a.issuer,
          number: a.number,
          periodStart: a.periodStart,
          periodEnd: a.periodEnd ?? a.asOf
        },
        obligation: obligation.trim()
      }))
  );
}
