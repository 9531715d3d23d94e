/**
 * Schemas of the records a procurement owns, as IndexedDB stores them (blob bytes as ArrayBuffer;
 * `backupEvidenceBlobSchema` reads them as base64 text). Defaults are those of a record written
 * before the field existed, so an old record restores with only `missingField` issues.
 */
import {
  ANSWERS,
  APPLIES_TO,
  ATTESTATION_TYPES,
  BID_STATUSES,
  BUYER_KINDS,
  CONFIDENTIALITY_CLASSES,
  CRITICALITIES,
  DOCUMENT_DATE_STYLES,
  DOCUMENT_LANGUAGES,
  SLASH_DATE_ORDERS,
  EVALUATOR_ROLES,
  EVIDENCE_OWNER_KINDS,
  OPINIONS,
  REQUIREMENT_KINDS,
  SCOPE_COVERAGE,
  SERVICE_MODELS,
  SUBSERVICE_METHODS,
  UNIFIED_STANDARD_EDITIONS,
  VERDICTS,
  VERIFICATION_RESULTS,
  REGISTER_OUTCOMES,
  type Attestation,
  type AttestationException,
  type AuditEntry,
  type Consensus,
  type CriteriaVersion,
  type EvidenceBlob,
  type EvidenceFile,
  type Evaluator,
  type Grade,
  type IssuedPackage,
  type LevelPoints,
  type LockRecord,
  type PassphraseRecord,
  type PackageOrigin,
  type Procurement,
  type Requirement,
  type Response,
  type Subcontractor,
  type SubserviceOrganisation,
  type TieResolution,
  type Vendor,
  type VerificationRecord,
  type VerificationRegisterRef
} from '../model';
import { PASSPHRASE_ALGORITHM, PASSPHRASE_BOUNDS } from '../passphrase';
import { hasOwn, isRecord, s, type Schema } from './schema';
import { settingsSchema, typedAmountSchema } from './settings-schema';

const order = () => s.number({ integer: true, min: 0 });
const yen = () => s.nullable(s.number({ integer: true, min: 0 }));
const strings = () => s.array(s.string());
const ids = () => s.array(s.id());
/**
 * Added with issue 14, optional: a record stored before versions keeps no key and reads as version
 * 0 (`versionOf`), so a backup round-trips unchanged; the next write stores version 1.
 */
const versionStamp = () => ({
  version: s.optional(s.number({ integer: true, min: 0 })),
  updatedBy: s.optional(s.string())
});
/** The stamps of a record that had no `updatedAt` before versions (vendors, requirements, …). */
const recordStamp = () => ({ ...versionStamp(), updatedAt: s.optional(s.isoDateTime()) });

const registerRefSchema = s.object<VerificationRegisterRef>({
  registerId: s.string({ minLength: 1 }),
  snapshotId: s.id(),
  sha256: s.hex64(),
  listDate: s.nullable(s.isoDate()),
  importedAt: s.isoDateTime(),
  outcome: s.enumOf(REGISTER_OUTCOMES, 'notListed'),
  entryRow: s.nullable(s.number({ integer: true, min: 1 })),
  entryNumber: s.string(),
  differences: s.array(s.object({ field: s.string(), claimed: s.string(), registered: s.string() }))
});

const verificationFields = {
  source: s.string(),
  checkedOn: s.isoDate(),
  checkedBy: s.string(),
  result: s.enumOf(VERIFICATION_RESULTS, 'notFound')
};

/**
 * A verification record. `register` is absent from records written before register checks, and
 * from checks the buyer records by hand: such a record restores as it is, without the field and
 * without an issue.
 */
function verificationSchema(): Schema<VerificationRecord> {
  const manual = s.object<Omit<VerificationRecord, 'register'>>(verificationFields);
  const fromRegister = s.object<VerificationRecord>({
    ...verificationFields,
    register: s.nullable(registerRefSchema)
  });
  return {
    ...fromRegister,
    read: (input, path, issues) =>
      isRecord(input) && !hasOwn(input, 'register')
        ? manual.read(input, path, issues)
        : fromRegister.read(input, path, issues)
  };
}

const lockSchema = s.object<LockRecord>({ at: s.isoDateTime(), by: s.string() });

export const procurementSchema = s.object<Procurement>({
  id: s.id(),
  title: s.string(),
  organisation: s.string(),
  buyerKind: s.enumOf(BUYER_KINDS, 'government'),
  documentDateStyle: s.nullable(s.enumOf(DOCUMENT_DATE_STYLES)),
  // Added with issue 18: records and backups written before are in Japanese.
  documentLanguage: s.addedLater(s.enumOf(DOCUMENT_LANGUAGES, 'ja')),
  slashDateOrder: s.optional(s.enumOf(SLASH_DATE_ORDERS)),
  serviceModel: s.enumOf(SERVICE_MODELS, 'SaaS'),
  handlesConfidential: s.boolean(true),
  confidentialityClass: s.enumOf(CONFIDENTIALITY_CLASSES, 2),
  unifiedStandardEdition: s.enumOf(UNIFIED_STANDARD_EDITIONS, 'R5'),
  bidDeadline: s.nullable(s.isoDate()),
  contractStart: s.nullable(s.isoDate()),
  contractEnd: s.nullable(s.isoDate()),
  notes: s.string(),
  settings: settingsSchema,
  criteriaReopen: s.nullable(
    s.object<NonNullable<Procurement['criteriaReopen']>>({
      reason: s.string({ minLength: 1 }),
      at: s.isoDateTime(),
      by: s.string()
    })
  ),
  technicalLock: s.nullable(lockSchema),
  tieResolutions: s.array(
    s.object<TieResolution>({
      vendorIds: ids(),
      method: s.string(),
      winnerId: s.id(),
      note: s.string(),
      at: s.isoDateTime(),
      by: s.string()
    })
  ),
  issuedPackages: s.array(
    s.object<IssuedPackage>({
      id: s.id(),
      evaluatorId: s.id(),
      criteriaVersion: s.number({ integer: true, min: 1 }),
      criteriaHash: s.hex64(),
      key: s.hex64(),
      issuedAt: s.isoDateTime(),
      issuedBy: s.string(),
      importedAt: s.nullable(s.isoDateTime())
    })
  ),
  packageOrigin: s.nullable(
    s.object<PackageOrigin>({
      packageId: s.id(),
      evaluatorId: s.id(),
      sourceProcurementId: s.id(),
      criteriaVersion: s.number({ integer: true, min: 1 }),
      criteriaHash: s.hex64(),
      key: s.hex64(),
      openedAt: s.isoDateTime()
    })
  ),
  auditHead: s.nullable(
    s.object<NonNullable<Procurement['auditHead']>>({
      seq: s.number({ integer: true, min: 1 }),
      hash: s.hex64()
    })
  ),
  createdAt: s.isoDateTime(),
  updatedAt: s.isoDateTime(),
  ...versionStamp()
});

export const requirementSchema = s.object<Requirement>({
  id: s.id(),
  procurementId: s.id(),
  order: order(),
  ref: s.string(),
  domain: s.string(),
  title: s.string(),
  text: s.string(),
  kind: s.enumOf(REQUIREMENT_KINDS, 'scored'),
  basePoints: s.number({ min: 0 }),
  points: s.number({ min: 0 }),
  appliesTo: s.enumOf(APPLIES_TO, 'csp'),
  acceptedAttestations: s.array(s.enumOf(ATTESTATION_TYPES)),
  controlRefs: strings(),
  sourceRef: s.nullable(s.string()),
  // Added with issue 17, optional: records and backups written before have neither (rules in
  // domain/level-points.ts, checked at the lock).
  levelPoints: s.optional(
    s.array(s.object<LevelPoints>({ code: s.string({ minLength: 1 }), points: s.number({ min: 0 }) }))
  ),
  excludeAtLowest: s.optional(s.boolean()),
  // Added with issue 18, optional: the English wording of a requirement made from a preset or a
  // catalogue entry (`domain/requirement-text.ts`); one typed by the user has none.
  domainEn: s.optional(s.string()),
  titleEn: s.optional(s.string()),
  textEn: s.optional(s.string()),
  ...recordStamp()
});

export const criteriaVersionSchema = s.object<CriteriaVersion>({
  id: s.id(),
  procurementId: s.id(),
  version: s.number({ integer: true, min: 1 }),
  lockedAt: s.isoDateTime(),
  lockedBy: s.string(),
  hash: s.hex64(),
  reason: s.string(),
  requirements: s.array(requirementSchema),
  settings: settingsSchema
});

const passphraseSchema = s.object<PassphraseRecord>({
  algorithm: s.enumOf([PASSPHRASE_ALGORITHM]),
  iterations: s.number({ integer: true, ...PASSPHRASE_BOUNDS.iterations }),
  salt: s.hex64(),
  hash: s.hex64(),
  setAt: s.isoDateTime()
});

export const evaluatorSchema = s.object<Evaluator>({
  id: s.id(),
  procurementId: s.id(),
  order: order(),
  name: s.string(),
  role: s.enumOf(EVALUATOR_ROLES, 'member'),
  submittedAt: s.nullable(s.isoDateTime()),
  // Added with passphrases: older records have none.
  passphrase: s.optional(passphraseSchema)
});

export const vendorSchema = s.object<Vendor>({
  id: s.id(),
  procurementId: s.id(),
  order: order(),
  company: s.string(),
  serviceName: s.string(),
  serviceEdition: s.string(),
  serviceModel: s.enumOf(SERVICE_MODELS, 'SaaS'),
  regions: strings(),
  contact: s.string(),
  notes: s.string(),
  bidPrice: yen(),
  bidTyped: s.nullable(typedAmountSchema),
  bidStatus: s.enumOf(BID_STATUSES, 'valid'),
  bidStatusReason: s.string(),
  lowBidInvestigation: s.nullable(
    s.object<NonNullable<Vendor['lowBidInvestigation']>>({
      outcome: s.enumOf(['accepted', 'rejected']),
      note: s.string()
    })
  ),
  ...recordStamp()
});

export const subcontractorSchema = s.object<Subcontractor>({
  id: s.id(),
  procurementId: s.id(),
  vendorId: s.id(),
  order: order(),
  name: s.string(),
  role: s.string(),
  criticality: s.enumOf(CRITICALITIES, 'normal'),
  subserviceMethod: s.enumOf(SUBSERVICE_METHODS),
  notes: s.string(),
  ...recordStamp()
});

export const attestationSchema = s.object<Attestation>({
  id: s.id(),
  procurementId: s.id(),
  vendorId: s.id(),
  subcontractorId: s.nullable(s.id()),
  type: s.enumOf(ATTESTATION_TYPES, 'other'),
  number: s.string(),
  issuer: s.string(),
  accreditationBody: s.string(),
  scopeText: s.string(),
  scopeServices: strings(),
  scopeRegions: strings(),
  scopeCoverage: s.enumOf(SCOPE_COVERAGE, 'unknown'),
  periodStart: s.nullable(s.isoDate()),
  periodEnd: s.nullable(s.isoDate()),
  asOf: s.nullable(s.isoDate()),
  issuedOn: s.nullable(s.isoDate()),
  expiry: s.nullable(s.isoDate()),
  edition: s.string(),
  cloudAddOn: s.boolean(),
  renewalPending: s.boolean(),
  opinion: s.nullable(s.enumOf(OPINIONS)),
  // Criterion, test result and management response came later: older exceptions restore with ''.
  qualifiedCriteria: s.addedLater(strings()),
  exceptions: s.array(
    s.object<AttestationException>({
      criterion: s.addedLater(s.string()),
      description: s.string(),
      testResult: s.addedLater(s.string()),
      managementResponse: s.addedLater(s.string()),
      requirementIds: ids()
    })
  ),
  tscCategories: strings(),
  subserviceOrganisations: s.array(
    // A free-text carve-out from before links restores unlinked (null), for the user to link.
    s.object<SubserviceOrganisation>({
      name: s.string(),
      method: s.enumOf(SUBSERVICE_METHODS),
      subcontractorId: s.addedLater(s.nullable(s.id()))
    })
  ),
  cuecs: strings(),
  bridgeLetter: s.nullable(
    s.object<NonNullable<Attestation['bridgeLetter']>>({ issuedOn: s.isoDate(), coversUntil: s.isoDate() })
  ),
  excludedControls: strings(),
  verification: s.nullable(verificationSchema()),
  evidenceFileIds: ids(),
  notes: s.string(),
  ...recordStamp()
});

export const evidenceFileSchema = s.object<EvidenceFile>({
  id: s.id(),
  procurementId: s.id(),
  vendorId: s.id(),
  ownerKind: s.enumOf(EVIDENCE_OWNER_KINDS),
  ownerId: s.id(),
  name: s.string(),
  type: s.string(),
  size: s.number({ integer: true, min: 0 }),
  sha256: s.hex64(),
  addedAt: s.isoDateTime(),
  addedBy: s.string()
});

export const evidenceBlobSchema = s.object<EvidenceBlob>({
  id: s.id(),
  procurementId: s.id(),
  data: s.arrayBuffer()
});
export const backupEvidenceBlobSchema = s.object<EvidenceBlob>({
  id: s.id(),
  procurementId: s.id(),
  data: s.base64Bytes()
});

export const responseSchema = s.object<Response>({
  id: s.id(),
  procurementId: s.id(),
  vendorId: s.id(),
  requirementId: s.id(),
  answer: s.nullable(s.enumOf(ANSWERS)),
  explanation: s.string(),
  evidenceRefs: s.string(),
  updatedAt: s.isoDateTime(),
  source: s.enumOf(['manual', 'import']),
  ...versionStamp()
});

export const gradeSchema = s.object<Grade>({
  id: s.id(),
  procurementId: s.id(),
  evaluatorId: s.id(),
  vendorId: s.id(),
  requirementId: s.id(),
  verdict: s.nullable(s.enumOf(VERDICTS)),
  level: s.nullable(s.string()),
  rationale: s.string(),
  updatedAt: s.isoDateTime(),
  ...versionStamp()
});

export const consensusSchema = s.object<Consensus>({
  id: s.id(),
  procurementId: s.id(),
  vendorId: s.id(),
  requirementId: s.id(),
  verdict: s.nullable(s.enumOf(VERDICTS)),
  level: s.nullable(s.string()),
  reason: s.string(),
  recordedAt: s.isoDateTime(),
  recordedBy: s.string()
});

export const auditEntrySchema = s.object<AuditEntry>({
  procurementId: s.id(),
  seq: s.number({ integer: true, min: 1 }),
  at: s.isoDateTime(),
  actor: s.string(),
  action: s.string(),
  entityKind: s.string(),
  entityId: s.string(),
  before: s.string(),
  after: s.string(),
  prevHash: s.hex64(),
  hash: s.hex64()
});
