/**
 * The buyer's own obligations: the complementary user-entity controls (CUECs) that the vendors'
 * and their subcontractors' assurance reports say the customer must operate.
 */
import type { ProcurementBundle } from './model';

export interface Obligation {
  vendor: string;
  source: string;
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
        vendor: a.subcontractorId
          ? `${vendors.get(a.vendorId) ?? ''} / ${subs.get(a.subcontractorId) ?? ''}`
          : (vendors.get(a.vendorId) ?? ''),
        source: [a.type, a.number, a.periodEnd ?? a.asOf ?? ''].filter(Boolean).join(' '),
        obligation: obligation.trim()
      }))
  );
}
