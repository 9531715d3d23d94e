/**
 * The vendor page (事業者の詳細): the vendor's own fields, its subcontractors (委託先), the
 * attestations each of them holds and the evidence files behind them. Every change goes through
 * the repositories (audited) and reloads the workspace, so the page shows what is stored.
 * Files are only ever handed to the browser as a download or a `blob:` URL in a new tab.
 */
import type { AttestationFields } from '$lib/domain/attestation-draft';
import type { StatusResult } from '$lib/domain/attestation-status';
import type { AttestationTypeInfo } from '$lib/domain/catalogue';
import {
  ATTESTATION_TYPES,
  type Attestation,
  type EvidenceFile,
  type Subcontractor,
  type Vendor
} from '$lib/domain/model';
import type { SubcontractorFields, VendorFields } from '$lib/domain/record-fields';
import type { WriteBase } from '$lib/domain/versions';
import { afterPaint } from '$lib/charts/deferred';
import { loadAttestationTypes, localToday } from './attestation-types';
import { saveRecordEdit, type EditOutcome } from './record-edit';
import { writeContext } from './context';
import type { EvidenceActions } from './evidence.svelte';
import { notices } from './notices.svelte';
import type { WorkspaceState } from './workspace.svelte';

export type { SubcontractorFields, VendorFields };

// The write side of storage (with its checks and audit) loads on the first change, not with the page:
// the page shows what `findBundle` read.
const vendorsDb = () => import('$lib/db/vendors');
const subcontractorsDb = () => import('$lib/db/subcontractors');
const attestationsDb = () => import('$lib/db/attestations');

/** An attestation's status on the bid deadline (or today, without one) and at the contract's end. */
export interface AttestationStatusView {
  referenceDate: string;
  /** True when no bid deadline is set and today stands in for it. */
  referenceIsToday: boolean;
  atDeadline: StatusResult;
  contractEnd: string | null;
  atContractEnd: StatusResult | null;
}

export class VendorDetailState {
  #workspace: () => WorkspaceState;
  #vendorId: () => string;
  #types = $state.raw<AttestationTypeInfo[]>([]);
  #statusOnDates: typeof import('$lib/domain/attestation-status').statusOnDates | null = null;
  // The evidence files' actions (and the downloads behind them) load on the first attach, remove or
  // open, as the storage writes do.
  #evidence: Promise<EvidenceActions> | null = null;

  constructor(workspace: () => WorkspaceState, vendorId: () => string) {
    this.#workspace = workspace;
    this.#vendorId = vendorId;
  }

  #evidenceActions(): Promise<EvidenceActions> {
    this.#evidence ??= import('./evidence.svelte').then(
      ({ EvidenceActions }) => new EvidenceActions(this.#workspace)
    );
    return this.#evidence;
  }

  get busy(): boolean {
    return this.#workspace().busy;
  }

  get vendor(): Vendor | null {
    return this.#workspace().bundle?.vendors.find((v) => v.id === this.#vendorId()) ?? null;
  }

  get subcontractors(): Subcontractor[] {
    // The bundle holds them by position already (loadBundle).
    return (this.#workspace().bundle?.subcontractors ?? []).filter((s) => s.vendorId === this.#vendorId());
  }

  /**
   * Loads the attestation types' validity rules; until then no status is shown. The rules and the
   * code that applies them follow the attestations: they load once the page has painted.
   */
  async load(): Promise<void> {
    await afterPaint();
    try {
      const [types, status] = await Promise.all([
        loadAttestationTypes(),
        import('$lib/domain/attestation-status')
      ]);
      this.#statusOnDates = status.statusOnDates;
      this.#types = types;
    } catch {
      notices.error({ key: 'vendor.status.rulesUnavailable' });
    }
  }

  /** Null until the rules are loaded, or when the type has none. */
  statusOf(attestation: Attestation): AttestationStatusView | null {
    const info = this.#types.find((t) => t.type === attestation.type);
    const procurement = this.#workspace().bundle?.procurement;
    const statusOnDates = this.#statusOnDates;
    if (!info || !procurement || !statusOnDates) return null;
    try {
      const dates = { bidDeadline: procurement.bidDeadline, contractEnd: procurement.contractEnd };
      const result = statusOnDates(attestation, info, dates, localToday());
      return {
        ...result,
        referenceIsToday: procurement.bidDeadline === null,
        contractEnd: procurement.contractEnd
      };
    } catch {
      // A malformed date in an old record: no status rather than a broken page.
      return null;
    }
  }

  /** The attestations of the vendor itself (null) or of one of its subcontractors. */
  attestationsOf(subcontractorId: string | null): Attestation[] {
    // Attestations have no order of their own: show them by type, then number, the same every time.
    const rank = (a: Attestation) => ATTESTATION_TYPES.indexOf(a.type);
    return (this.#workspace().bundle?.attestations ?? [])
      .filter((a) => a.vendorId === this.#vendorId() && a.subcontractorId === subcontractorId)
      .sort((a, b) => rank(a) - rank(b) || a.number.localeCompare(b.number) || a.id.localeCompare(b.id));
  }

  /** An attestation's evidence files, in the order they were attached. */
  filesOf(attestation: Attestation): EvidenceFile[] {
    const files = (this.#workspace().bundle?.evidenceFiles ?? []).filter(
      (f) => f.ownerKind === 'attestation' && f.ownerId === attestation.id
    );
    const position = (f: EvidenceFile) => attestation.evidenceFileIds.indexOf(f.id);
    return files.sort((a, b) => position(a) - position(b) || a.addedAt.localeCompare(b.addedAt));
  }

  /** Saves the fields the form changed from `base` (the vendor as it showed it). */
  async saveVendor(
    patch: Partial<VendorFields>,
    base: WriteBase<VendorFields>
  ): Promise<EditOutcome<VendorFields>> {
    const vendor = this.vendor;
    if (!vendor) return { kind: 'failed' };
    if (Object.keys(patch).length === 0) {
      notices.info({ key: 'vendor.unchanged' });
      return { kind: 'saved' };
    }
    const outcome = await saveRecordEdit<VendorFields>(
      (action) => this.#workspace().perform(action),
      async () => (await vendorsDb()).updateVendor(writeContext(), vendor.id, patch, base)
    );
    if (outcome.kind === 'saved') notices.info({ key: 'vendor.saved' });
    return outcome;
  }

  async addSubcontractor(fields: SubcontractorFields): Promise<boolean> {
    const vendor = this.vendor;
    if (!vendor) return false;
    const input = { ...fields, procurementId: vendor.procurementId, vendorId: vendor.id };
    const ok = await this.#workspace().perform(async () =>
      (await subcontractorsDb()).addSubcontractor(writeContext(), input)
    );
    if (ok) notices.info({ key: 'vendor.sub.added', params: { name: fields.name } });
    return ok;
  }

  async updateSubcontractor(
    id: string,
    change: Partial<SubcontractorFields>,
    base: WriteBase<SubcontractorFields>
  ): Promise<EditOutcome<SubcontractorFields>> {
    const outcome = await saveRecordEdit<SubcontractorFields>(
      (action) => this.#workspace().perform(action),
      async () => (await subcontractorsDb()).updateSubcontractor(writeContext(), id, change, base)
    );
    const name = change.name ?? base.values.name;
    if (outcome.kind === 'saved') notices.info({ key: 'vendor.sub.saved', params: { name } });
    return outcome;
  }

  async removeSubcontractor(id: string): Promise<boolean> {
    return this.#workspace().perform(async () =>
      (await subcontractorsDb()).removeSubcontractor(writeContext(), id)
    );
  }

  async addAttestation(subcontractorId: string | null, fields: AttestationFields): Promise<boolean> {
    const vendor = this.vendor;
    if (!vendor) return false;
    const input = { ...fields, procurementId: vendor.procurementId, vendorId: vendor.id, subcontractorId };
    const ok = await this.#workspace().perform(async () =>
      (await attestationsDb()).addAttestation(writeContext(), input)
    );
    if (ok) notices.info({ key: 'vendor.att.added' });
    return ok;
  }

  async updateAttestation(
    id: string,
    change: Partial<AttestationFields>,
    base: WriteBase<AttestationFields>
  ): Promise<EditOutcome<AttestationFields>> {
    const outcome = await saveRecordEdit<AttestationFields>(
      (action) => this.#workspace().perform(action),
      async () => (await attestationsDb()).updateAttestation(writeContext(), id, change, base)
    );
    if (outcome.kind === 'saved') notices.info({ key: 'vendor.att.saved' });
    return outcome;
  }

  async removeAttestation(id: string): Promise<boolean> {
    return this.#workspace().perform(async () =>
      (await attestationsDb()).removeAttestation(writeContext(), id)
    );
  }

  /** Stores each file as evidence of the attestation (see EvidenceActions for the limits). */
  async attachFiles(attestation: Attestation, files: readonly File[]): Promise<void> {
    await (
      await this.#evidenceActions()
    ).attach(
      {
        procurementId: attestation.procurementId,
        vendorId: attestation.vendorId,
        ownerKind: 'attestation',
        ownerId: attestation.id
      },
      files
    );
  }

  async removeFile(file: EvidenceFile): Promise<boolean> {
    return (await this.#evidenceActions()).remove(file);
  }

  async download(file: EvidenceFile): Promise<void> {
    return (await this.#evidenceActions()).download(file);
  }

  async view(file: EvidenceFile): Promise<void> {
    return (await this.#evidenceActions()).view(file);
  }
}
