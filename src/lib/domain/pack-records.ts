/**
 * The certifications (第三者認証) and subcontractors (委託先) a vendor wrote into a questionnaire
 * pack, as rows, and what applying them would add: a row whose attestation (same holder, type and
 * number) or subcontractor (same name) is already recorded is `existing` and never added twice.
 * What is added is unverified: scope coverage `unknown`, no verification record.
 */
import { attestationDraft, draftData, usesField, type AttestationFields } from './attestation-draft';
import type {
  Attestation,
  AttestationType,
  Criticality,
  IsoDate,
  Opinion,
  SubserviceMethod,
  Subcontractor
} from './model';

/** One filled row of the 第三者認証 sheet; blank cells give '' / null. */
export interface PackAttestationRow {
  /** 1-based row in the file, as the vendor sees it. */
  row: number;
  type: AttestationType;
  number: string;
  issuer: string;
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  scopeText: string;
  /** The opinion of an assurance report, when given; kept only for a type that records one. */
  opinion?: Opinion;
  /** An ISO/IEC 27001 row that names the ISO/IEC 27017 add-on too ("ISO/IEC 27001 + 27017"). */
  cloudAddOn?: boolean;
}

/** One filled row of the 委託先 sheet. */
export interface PackSubcontractorRow {
  row: number;
  name: string;
  role: string;
  criticality: Criticality;
  subserviceMethod: SubserviceMethod;
  /** The types named under "their certifications", in the order written, without repeats. */
  certifications: AttestationType[];
}

export type RecordKind = 'new' | 'existing';

export interface AttestationPreview {
  kind: RecordKind;
  /** The subcontractor holding it (by name), null when the vendor does. */
  holder: string | null;
  fields: AttestationFields;
}

export interface SubcontractorPreview {
  kind: RecordKind;
  row: PackSubcontractorRow;
  /** One per certification of the row, held by this subcontractor. */
  certifications: AttestationPreview[];
}

export interface PackRecordsPreview {
  attestations: (AttestationPreview & { row: number })[];
  subcontractors: SubcontractorPreview[];
}

/** Names compared as a reader would: full-width folded, spaces ignored. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/**
 * The fields of an unverified attestation of `type`. The sheet has one start and one end date:
 * a type without a period keeps them as what it records instead (issued / expiry, or as-of).
 */
export function packAttestationFields(
  row: Pick<
    PackAttestationRow,
    'type' | 'number' | 'issuer' | 'periodStart' | 'periodEnd' | 'scopeText' | 'opinion' | 'cloudAddOn'
  >
): AttestationFields {
  const { type } = row;
  const start = row.periodStart ?? '';
  const end = row.periodEnd ?? '';
  const draft = { ...attestationDraft(null, type), number: row.number, issuer: row.issuer };
  draft.scopeText = row.scopeText;
  draft.scopeCoverage = 'unknown';
  draft.opinion = row.opinion ?? '';
  draft.cloudAddOn = row.cloudAddOn === true;
  if (usesField(type, 'period')) {
    draft.periodStart = start;
    draft.periodEnd = end;
  } else if (usesField(type, 'expiry')) {
    draft.issuedOn = start;
    draft.expiry = end;
  } else if (usesField(type, 'asOf')) {
    draft.asOf = end || start;
  } else {
    draft.issuedOn = end || start;
  }
  return { ...draftData(draft), verification: null };
}

type Holder = Pick<Attestation, 'subcontractorId' | 'type' | 'number'>;

/**
 * The keys an attestation is known by: holder + type + number, and holder + type alone. A row
 * without a number (a subcontractor's certification always) cannot be told apart by number, so it
 * matches any stored one of its holder and type.
 */
export function attestationKeys(holder: string | null, type: AttestationType, number: string): string[] {
  const who = holder === null ? null : nameKey(holder);
  return [JSON.stringify([who, type, nameKey(number)]), JSON.stringify([who, type])];
}

/** Whether a record with these keys is among `seen` (filled by `attestationKeys` of stored ones). */
export function isKnownAttestation(
  seen: ReadonlySet<string>,
  keys: readonly string[],
  number: string
): boolean {
  return seen.has(keys[number.trim() === '' ? 1 : 0] ?? '');
}

/**
 * Which rows would be added for `vendorId`, given what is stored. A row repeating an earlier row of
 * the same pack counts as existing too, so applying never adds the same record twice.
 */
export function previewPackRecords(
  stored: {
    subcontractors: readonly Pick<Subcontractor, 'id' | 'vendorId' | 'name'>[];
    attestations: readonly (Holder & Pick<Attestation, 'vendorId'>)[];
  },
  vendorId: string,
  rows: { attestations: readonly PackAttestationRow[]; subcontractors: readonly PackSubcontractorRow[] }
): PackRecordsPreview {
  const subcontractors = stored.subcontractors.filter((s) => s.vendorId === vendorId);
  const nameOf = new Map(subcontractors.map((s) => [s.id, s.name]));
  const seenNames = new Set(subcontractors.map((s) => nameKey(s.name)));
  const seen = new Set(
    stored.attestations
      .filter((a) => a.vendorId === vendorId)
      .flatMap((a) =>
        attestationKeys(
          a.subcontractorId === null ? null : (nameOf.get(a.subcontractorId) ?? ''),
          a.type,
          a.number
        )
      )
  );
  const attestation = (holder: string | null, fields: AttestationFields): AttestationPreview => {
    const keys = attestationKeys(holder, fields.type, fields.number);
    const kind = isKnownAttestation(seen, keys, fields.number) ? 'existing' : 'new';
    for (const key of keys) seen.add(key);
    return { kind, holder, fields };
  };
  return {
    attestations: rows.attestations.map((row) => ({
      row: row.row,
      ...attestation(null, packAttestationFields(row))
    })),
    subcontractors: rows.subcontractors.map((row) => {
      const key = nameKey(row.name);
      const kind = seenNames.has(key) ? 'existing' : 'new';
      seenNames.add(key);
      const certifications = row.certifications.map((type) =>
        attestation(
          row.name,
          packAttestationFields({
            type,
            number: '',
            issuer: '',
            periodStart: null,
            periodEnd: null,
            scopeText: ''
          })
        )
      );
      return { kind, row, certifications };
    })
  };
}
