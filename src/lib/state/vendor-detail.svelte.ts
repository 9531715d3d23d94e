/**
 * The vendor page (事業者の詳細): the vendor's own fields, its subcontractors (委託先), the
 * attestations each of them holds and the evidence files behind them. Every change goes through
 * the repositories (audited) and reloads the workspace, so the page shows what is stored.
 * Files are only ever handed to the browser as a download or a `blob:` URL in a new tab.
 */
import {
  addAttestation,
  addSubcontractor,
  removeAttestation,
  removeSubcontractor,
  updateAttestation,
  updateSubcontractor,
  updateVendor
} from '$lib/db';
import { statusOnDates, type StatusResult } from '$lib/domain/attestation-status';
import type { AttestationTypeCatalogue, AttestationTypeInfo } from '$lib/domain/catalogue';
import {
  ATTESTATION_TYPES,
  type Attestation,
  type AttestationException,
  type AttestationType,
  type EvidenceFile,
  type Opinion,
  type ScopeCoverage,
  type Subcontractor,
  type SubserviceOrganisation,
  type Vendor,
  type VerificationResult
} from '$lib/domain/model';
import type { MessageKey } from '$lib/i18n/messages';
import { currentTime, writeContext } from './context';
import { EvidenceActions } from './evidence.svelte';

export { canView, EVIDENCE_LIMIT_MB } from './evidence.svelte';
import { notices } from './notices.svelte';
import type { WorkspaceState } from './workspace.svelte';

export type VendorFields = Pick<
  Vendor,
  'company' | 'serviceName' | 'serviceEdition' | 'serviceModel' | 'regions' | 'contact' | 'notes'
>;
export type SubcontractorFields = Pick<
  Subcontractor,
  'name' | 'role' | 'criticality' | 'subserviceMethod' | 'notes'
>;
/** What the attestation form edits: everything but identity, holder and the evidence list. */
export type AttestationFields = Omit<
  Attestation,
  'id' | 'procurementId' | 'vendorId' | 'subcontractorId' | 'evidenceFileIds'
>;

/** The validity rules of each attestation type (shipped data, checked by a unit test), loaded on demand. */
const typeFiles = import.meta.glob<AttestationTypeCatalogue>(
  '../../../questionnaires/attestation-types.json',
  {
    import: 'default'
  }
);

async function loadTypeInfo(): Promise<AttestationTypeInfo[]> {
  const files = await Promise.all(Object.values(typeFiles).map((load) => load()));
  return files.flatMap((file) => file.types);
}

/** An attestation's status on the bid deadline (or today, without one) and at the contract's end. */
export interface AttestationStatusView {
  referenceDate: string;
  /** True when no bid deadline is set and today stands in for it. */
  referenceIsToday: boolean;
  atDeadline: StatusResult;
  contractEnd: string | null;
  atContractEnd: StatusResult | null;
}

/** Today's calendar date where the user is (the status rules count whole local days). */
function localToday(): string {
  const now = currentTime();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export class VendorDetailState {
  #workspace: () => WorkspaceState;
  #vendorId: () => string;
  #types = $state.raw<AttestationTypeInfo[]>([]);

  readonly evidence: EvidenceActions;

  constructor(workspace: () => WorkspaceState, vendorId: () => string) {
    this.#workspace = workspace;
    this.evidence = new EvidenceActions(workspace);
    this.#vendorId = vendorId;
  }

  get busy(): boolean {
    return this.#workspace().busy;
  }

  get vendor(): Vendor | null {
    return this.#workspace().bundle?.vendors.find((v) => v.id === this.#vendorId()) ?? null;
  }

  get subcontractors(): Subcontractor[] {
    return (this.#workspace().bundle?.subcontractors ?? [])
      .filter((s) => s.vendorId === this.#vendorId())
      .sort((a, b) => a.order - b.order);
  }

  /** Loads the attestation types' validity rules; until then no status is shown. */
  async load(): Promise<void> {
    try {
      this.#types = await loadTypeInfo();
    } catch {
      notices.error({ key: 'vendor.status.rulesUnavailable' });
    }
  }

  /** Null until the rules are loaded, or when the type has none. */
  statusOf(attestation: Attestation): AttestationStatusView | null {
    const info = this.#types.find((t) => t.type === attestation.type);
    const procurement = this.#workspace().bundle?.procurement;
    if (!info || !procurement) return null;
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

  async saveVendor(patch: Partial<VendorFields>): Promise<void> {
    const vendor = this.vendor;
    if (!vendor) return;
    if (Object.keys(patch).length === 0) return notices.info({ key: 'vendor.unchanged' });
    if (await this.#workspace().perform(() => updateVendor(writeContext(), vendor.id, patch)))
      notices.info({ key: 'vendor.saved' });
  }

  async addSubcontractor(fields: SubcontractorFields): Promise<boolean> {
    const vendor = this.vendor;
    if (!vendor) return false;
    const input = { ...fields, procurementId: vendor.procurementId, vendorId: vendor.id };
    const ok = await this.#workspace().perform(() => addSubcontractor(writeContext(), input));
    if (ok) notices.info({ key: 'vendor.sub.added', params: { name: fields.name } });
    return ok;
  }

  async updateSubcontractor(id: string, fields: SubcontractorFields): Promise<boolean> {
    const ok = await this.#workspace().perform(() => updateSubcontractor(writeContext(), id, fields));
    if (ok) notices.info({ key: 'vendor.sub.saved', params: { name: fields.name } });
    return ok;
  }

  async removeSubcontractor(id: string): Promise<boolean> {
    return this.#workspace().perform(() => removeSubcontractor(writeContext(), id));
  }

  async addAttestation(subcontractorId: string | null, fields: AttestationFields): Promise<boolean> {
    const vendor = this.vendor;
    if (!vendor) return false;
    const input = { ...fields, procurementId: vendor.procurementId, vendorId: vendor.id, subcontractorId };
    const ok = await this.#workspace().perform(() => addAttestation(writeContext(), input));
    if (ok) notices.info({ key: 'vendor.att.added' });
    return ok;
  }

  async updateAttestation(id: string, fields: AttestationFields): Promise<boolean> {
    const ok = await this.#workspace().perform(() => updateAttestation(writeContext(), id, fields));
    if (ok) notices.info({ key: 'vendor.att.saved' });
    return ok;
  }

  async removeAttestation(id: string): Promise<boolean> {
    return this.#workspace().perform(() => removeAttestation(writeContext(), id));
  }

  /** Stores each file as evidence of the attestation (see EvidenceActions for the limits). */
  async attachFiles(attestation: Attestation, files: readonly File[]): Promise<void> {
    await this.evidence.attach(
      {
        procurementId: attestation.procurementId,
        vendorId: attestation.vendorId,
        ownerKind: 'attestation',
        ownerId: attestation.id
      },
      files
    );
  }

  removeFile(file: EvidenceFile): Promise<boolean> {
    return this.evidence.remove(file);
  }

  download(file: EvidenceFile): Promise<void> {
    return this.evidence.download(file);
  }

  view(file: EvidenceFile): Promise<void> {
    return this.evidence.view(file);
  }
}

// ---------------------------------------------------------------- the attestation form's draft

/** SOC 2 Trust Services categories; security (the common criteria) is always in scope. */
export const TSC_CATEGORIES = [
  'security',
  'availability',
  'processingIntegrity',
  'confidentiality',
  'privacy'
] as const;
export type TscCategory = (typeof TSC_CATEGORIES)[number];

export const ISO_EDITIONS = ['2013', '2022'] as const;

/** The optional parts of an attestation; scope text, coverage, verification and notes apply to all. */
export type AttestationField =
  | 'number'
  | 'issuer'
  | 'accreditationBody'
  | 'scopeLists'
  | 'excludedControls'
  | 'period'
  | 'asOf'
  | 'issuedOn'
  | 'expiry'
  | 'edition'
  | 'cloudAddOn'
  | 'renewalPending'
  | 'opinion'
  | 'exceptions'
  | 'tscCategories'
  | 'subserviceOrganisations'
  | 'cuecs'
  | 'bridgeLetter';

const ISMAP: readonly AttestationField[] = [
  'number',
  'issuer',
  'scopeLists',
  'excludedControls',
  'period',
  'renewalPending'
];
const CS_MARK: readonly AttestationField[] = ['number', 'issuer', 'period', 'expiry'];

/** What each type records (domain.md §7.4); the form shows only these. */
export const ATTESTATION_FIELDS: Record<AttestationType, readonly AttestationField[]> = {
  ismap: ISMAP,
  ismapLiu: ISMAP,
  soc2Type2: [
    'issuer',
    'scopeLists',
    'period',
    'issuedOn',
    'opinion',
    'exceptions',
    'tscCategories',
    'subserviceOrganisations',
    'cuecs',
    'bridgeLetter'
  ],
  soc2Type1: [
    'issuer',
    'scopeLists',
    'asOf',
    'issuedOn',
    'opinion',
    'tscCategories',
    'subserviceOrganisations',
    'cuecs'
  ],
  soc3: ['issuer', 'scopeLists', 'period', 'issuedOn', 'opinion', 'tscCategories'],
  csGold: CS_MARK,
  csSilver: CS_MARK,
  iso27001: ['number', 'issuer', 'accreditationBody', 'edition', 'issuedOn', 'expiry', 'cloudAddOn'],
  csaStar2Certification: ['number', 'issuer', 'accreditationBody', 'issuedOn', 'expiry'],
  csaStar2Attestation: ['issuer', 'period', 'issuedOn', 'opinion'],
  csaStar1: ['issuedOn'],
  aspic: ['number', 'issuer', 'issuedOn', 'expiry'],
  selfAssessment: ['issuedOn'],
  other: ['number', 'issuer', 'accreditationBody', 'edition', 'period', 'asOf', 'issuedOn', 'expiry']
};

/** Without these the type's status cannot be worked out (its number, or the dates its rule needs). */
const REQUIRED: Record<AttestationType, readonly DraftTarget[]> = {
  ismap: ['number', 'periodStart', 'periodEnd'],
  ismapLiu: ['number', 'periodStart', 'periodEnd'],
  soc2Type2: ['periodStart', 'periodEnd', 'opinion'],
  soc2Type1: ['asOf', 'opinion'],
  soc3: ['periodStart', 'periodEnd', 'opinion'],
  csGold: ['number', 'periodStart', 'periodEnd'],
  csSilver: ['number', 'periodStart', 'periodEnd'],
  iso27001: ['number', 'expiry'],
  csaStar2Certification: ['expiry'],
  csaStar2Attestation: ['periodStart', 'periodEnd'],
  csaStar1: ['issuedOn'],
  aspic: ['number'],
  selfAssessment: [],
  other: []
};

export function usesField(type: AttestationType, field: AttestationField): boolean {
  return ATTESTATION_FIELDS[type].includes(field);
}

export function isRequired(type: AttestationType, target: DraftTarget): boolean {
  return REQUIRED[type].includes(target);
}

/** 登録番号 / 使用許諾番号 / 認証登録番号 …: the number's name depends on the scheme. */
export const numberLabelKey: Record<AttestationType, MessageKey> = {
  ismap: 'vendor.att.number.registration',
  ismapLiu: 'vendor.att.number.registration',
  soc2Type2: 'vendor.att.number.other',
  soc2Type1: 'vendor.att.number.other',
  soc3: 'vendor.att.number.other',
  csGold: 'vendor.att.number.licence',
  csSilver: 'vendor.att.number.licence',
  iso27001: 'vendor.att.number.certificate',
  csaStar2Certification: 'vendor.att.number.certificate',
  csaStar2Attestation: 'vendor.att.number.other',
  csaStar1: 'vendor.att.number.other',
  aspic: 'vendor.att.number.aspic',
  selfAssessment: 'vendor.att.number.other',
  other: 'vendor.att.number.other'
};

/** 監査機関 (ISMAP) / 監査人 / 認証機関 …: who issued it. */
export const issuerLabelKey: Record<AttestationType, MessageKey> = {
  ismap: 'vendor.att.issuer.ismapAuditor',
  ismapLiu: 'vendor.att.issuer.ismapAuditor',
  soc2Type2: 'vendor.att.issuer.auditor',
  soc2Type1: 'vendor.att.issuer.auditor',
  soc3: 'vendor.att.issuer.auditor',
  csGold: 'vendor.att.issuer.auditor',
  csSilver: 'vendor.att.issuer.auditor',
  iso27001: 'vendor.att.issuer.certificationBody',
  csaStar2Certification: 'vendor.att.issuer.certificationBody',
  csaStar2Attestation: 'vendor.att.issuer.auditor',
  csaStar1: 'vendor.att.issuer.other',
  aspic: 'vendor.att.issuer.other',
  selfAssessment: 'vendor.att.issuer.other',
  other: 'vendor.att.issuer.other'
};

/** The attestation as the form edits it: text for lists and dates, '' for "not set". */
export interface AttestationDraft {
  type: AttestationType;
  number: string;
  issuer: string;
  accreditationBody: string;
  scopeText: string;
  /** One per line or comma-separated. */
  scopeServices: string;
  scopeRegions: string;
  excludedControls: string;
  scopeCoverage: ScopeCoverage;
  periodStart: string;
  periodEnd: string;
  asOf: string;
  issuedOn: string;
  expiry: string;
  edition: string;
  cloudAddOn: boolean;
  renewalPending: boolean;
  opinion: Opinion | '';
  exceptions: AttestationException[];
  tscCategories: string[];
  subserviceOrganisations: SubserviceOrganisation[];
  /** One per line (a CUEC may contain commas). */
  cuecs: string;
  bridgeIssuedOn: string;
  bridgeCoversUntil: string;
  verificationSource: string;
  verificationCheckedOn: string;
  verificationCheckedBy: string;
  verificationResult: VerificationResult | '';
  notes: string;
}

/** Where a problem is shown: the input marked invalid. */
export type DraftTarget =
  | 'number'
  | 'periodStart'
  | 'periodEnd'
  | 'asOf'
  | 'issuedOn'
  | 'expiry'
  | 'opinion'
  | 'bridgeLetter'
  | 'exceptions'
  | 'verification';

export const DRAFT_PROBLEMS = [
  'required',
  'periodOrder',
  'issuedBeforePeriodEnd',
  'expiryBeforeIssue',
  'bridgeIncomplete',
  'bridgeBeforePeriodEnd',
  'exceptionWithoutDescription',
  'verificationIncomplete'
] as const;
export type DraftProblem = (typeof DRAFT_PROBLEMS)[number];

export interface DraftIssue {
  problem: DraftProblem;
  target: DraftTarget;
}

export function attestationDraft(a: Attestation | null, type: AttestationType = 'ismap'): AttestationDraft {
  const lines = (items: readonly string[]) => items.join('\n');
  return {
    type: a?.type ?? type,
    number: a?.number ?? '',
    issuer: a?.issuer ?? '',
    accreditationBody: a?.accreditationBody ?? '',
    scopeText: a?.scopeText ?? '',
    scopeServices: lines(a?.scopeServices ?? []),
    scopeRegions: lines(a?.scopeRegions ?? []),
    excludedControls: lines(a?.excludedControls ?? []),
    scopeCoverage: a?.scopeCoverage ?? 'unknown',
    periodStart: a?.periodStart ?? '',
    periodEnd: a?.periodEnd ?? '',
    asOf: a?.asOf ?? '',
    issuedOn: a?.issuedOn ?? '',
    expiry: a?.expiry ?? '',
    edition: a?.edition ?? '',
    cloudAddOn: a?.cloudAddOn ?? false,
    renewalPending: a?.renewalPending ?? false,
    opinion: a?.opinion ?? '',
    exceptions: (a?.exceptions ?? []).map((e) => ({ ...e, requirementIds: [...e.requirementIds] })),
    tscCategories: [...(a?.tscCategories ?? ['security'])],
    subserviceOrganisations: (a?.subserviceOrganisations ?? []).map((s) => ({ ...s })),
    cuecs: lines(a?.cuecs ?? []),
    bridgeIssuedOn: a?.bridgeLetter?.issuedOn ?? '',
    bridgeCoversUntil: a?.bridgeLetter?.coversUntil ?? '',
    verificationSource: a?.verification?.source ?? '',
    verificationCheckedOn: a?.verification?.checkedOn ?? '',
    verificationCheckedBy: a?.verification?.checkedBy ?? '',
    verificationResult: a?.verification?.result ?? '',
    notes: a?.notes ?? ''
  };
}

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

/**
 * The fields to store, or the problems that stop it. Fields the type does not use are cleared,
 * so what is stored is what the form showed.
 */
export function draftFields(d: AttestationDraft): { data: AttestationFields | null; issues: DraftIssue[] } {
  const uses = (field: AttestationField) => usesField(d.type, field);
  const date = (field: AttestationField, value: string) => (uses(field) && value ? value : null);
  const text = (field: AttestationField, value: string) => (uses(field) ? value.trim() : '');
  const verification = [d.verificationSource, d.verificationCheckedOn, d.verificationCheckedBy].some(
    (v) => v.trim() !== ''
  );
  // Known categories in their usual order; any other (from an import) after them.
  const rank = (c: string) => {
    const i = TSC_CATEGORIES.indexOf(c as TscCategory);
    return i < 0 ? TSC_CATEGORIES.length : i;
  };
  const data: AttestationFields = {
    type: d.type,
    number: text('number', d.number),
    issuer: text('issuer', d.issuer),
    accreditationBody: text('accreditationBody', d.accreditationBody),
    scopeText: d.scopeText.trim(),
    scopeServices: uses('scopeLists') ? splitList(d.scopeServices) : [],
    scopeRegions: uses('scopeLists') ? splitList(d.scopeRegions) : [],
    scopeCoverage: d.scopeCoverage,
    periodStart: date('period', d.periodStart),
    periodEnd: date('period', d.periodEnd),
    asOf: date('asOf', d.asOf),
    issuedOn: date('issuedOn', d.issuedOn),
    expiry: date('expiry', d.expiry),
    edition: text('edition', d.edition),
    cloudAddOn: uses('cloudAddOn') && d.cloudAddOn,
    renewalPending: uses('renewalPending') && d.renewalPending,
    opinion: uses('opinion') && d.opinion ? d.opinion : null,
    exceptions: uses('exceptions')
      ? d.exceptions
          .map((e) => ({ description: e.description.trim(), requirementIds: [...e.requirementIds] }))
          .filter((e) => e.description || e.requirementIds.length)
      : [],
    tscCategories: uses('tscCategories')
      ? d.tscCategories.filter((c, i, all) => all.indexOf(c) === i).sort((a, b) => rank(a) - rank(b))
      : [],
    subserviceOrganisations: uses('subserviceOrganisations')
      ? d.subserviceOrganisations
          .map((s) => ({ name: s.name.trim(), method: s.method }))
          .filter((s) => s.name)
      : [],
    cuecs: uses('cuecs') ? splitLines(d.cuecs) : [],
    bridgeLetter:
      uses('bridgeLetter') && d.bridgeIssuedOn && d.bridgeCoversUntil
        ? { issuedOn: d.bridgeIssuedOn, coversUntil: d.bridgeCoversUntil }
        : null,
    excludedControls: uses('excludedControls') ? splitList(d.excludedControls) : [],
    verification:
      verification && d.verificationResult
        ? {
            source: d.verificationSource.trim(),
            checkedOn: d.verificationCheckedOn,
            checkedBy: d.verificationCheckedBy.trim(),
            result: d.verificationResult
          }
        : null,
    notes: d.notes.trim()
  };

  const issues: DraftIssue[] = [];
  const values: Record<DraftTarget, unknown> = {
    number: data.number,
    periodStart: data.periodStart,
    periodEnd: data.periodEnd,
    asOf: data.asOf,
    issuedOn: data.issuedOn,
    expiry: data.expiry,
    opinion: data.opinion,
    bridgeLetter: data.bridgeLetter,
    exceptions: data.exceptions,
    verification: data.verification
  };
  for (const target of REQUIRED[d.type]) {
    if (!values[target]) issues.push({ problem: 'required', target });
  }
  const { periodStart, periodEnd, issuedOn, expiry } = data;
  if (periodStart && periodEnd && periodEnd < periodStart)
    issues.push({ problem: 'periodOrder', target: 'periodEnd' });
  if (issuedOn && periodEnd && issuedOn < periodEnd)
    issues.push({ problem: 'issuedBeforePeriodEnd', target: 'issuedOn' });
  if (issuedOn && expiry && expiry < issuedOn)
    issues.push({ problem: 'expiryBeforeIssue', target: 'expiry' });
  if (uses('bridgeLetter') && !d.bridgeIssuedOn !== !d.bridgeCoversUntil)
    issues.push({ problem: 'bridgeIncomplete', target: 'bridgeLetter' });
  if (data.bridgeLetter && periodEnd && data.bridgeLetter.coversUntil <= periodEnd)
    issues.push({ problem: 'bridgeBeforePeriodEnd', target: 'bridgeLetter' });
  if (data.exceptions.some((e) => !e.description))
    issues.push({ problem: 'exceptionWithoutDescription', target: 'exceptions' });
  if (
    (verification || d.verificationResult) &&
    (!d.verificationSource.trim() || !d.verificationCheckedOn || !d.verificationResult)
  )
    issues.push({ problem: 'verificationIncomplete', target: 'verification' });
  return issues.length ? { data: null, issues } : { data, issues };
}

// ---------------------------------------------------------------- labels shared by form and list
// Static maps (keys are never built at run time); they live beside the draft they describe.

export const opinionKey: Record<Opinion, MessageKey> = {
  unmodified: 'vendor.att.opinion.unmodified',
  qualified: 'vendor.att.opinion.qualified',
  adverse: 'vendor.att.opinion.adverse',
  disclaimer: 'vendor.att.opinion.disclaimer'
};

export const coverageKey: Record<ScopeCoverage, MessageKey> = {
  covered: 'vendor.att.coverage.covered',
  notCovered: 'vendor.att.coverage.notCovered',
  unknown: 'vendor.att.coverage.unknown'
};

export const verificationResultKey: Record<VerificationResult, MessageKey> = {
  confirmed: 'vendor.att.verification.confirmed',
  notFound: 'vendor.att.verification.notFound',
  mismatch: 'vendor.att.verification.mismatch'
};

export const tscKey: Record<TscCategory, MessageKey> = {
  security: 'vendor.att.tsc.security',
  availability: 'vendor.att.tsc.availability',
  processingIntegrity: 'vendor.att.tsc.processingIntegrity',
  confidentiality: 'vendor.att.tsc.confidentiality',
  privacy: 'vendor.att.tsc.privacy'
};

export function isTscCategory(value: string): value is TscCategory {
  return (TSC_CATEGORIES as readonly string[]).includes(value);
}
