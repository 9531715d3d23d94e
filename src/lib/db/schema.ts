/**
 * The one Dexie database of Sentei. Versions are only ever added: a shipped `version(n)` is never
 * edited; a change adds `version(n + 1)` with a named upgrade and a test that seeds the old shape.
 * Every table but `settings` is keyed by record id and indexed by `procurementId`.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Catalogue } from '$lib/domain/catalogue';
import { criteriaVersionV3toV4, procurementV4toV5, requirementV3toV4 } from '$lib/domain/upgrades';
import type {
  Attestation,
  AuditEntry,
  Consensus,
  CriteriaVersion,
  EvidenceBlob,
  EvidenceFile,
  Evaluator,
  Grade,
  Procurement,
  RegisterSnapshot,
  Requirement,
  Response,
  Subcontractor,
  Vendor
} from '$lib/domain/model';

import { DB_NAME, SCHEMA_VERSION } from './keys';

// Kept in keys.ts so that the first read of a page needs no Dexie; `version(SCHEMA_VERSION)` is the last below.
export { DB_NAME, SCHEMA_VERSION };

/** Text of a standard's control, imported by the user from a file they own. */
export interface LicensedText {
  entryId: string;
  text: string;
  /** File it came from. */
  source: string;
  importedAt: string;
}

/** A catalogue built from a file the user owns (e.g. their CAIQ v4 workbook). */
export interface ImportedCatalogue {
  id: string;
  source: string;
  importedAt: string;
  catalogue: Catalogue;
}

/** App-level settings (not part of any procurement, not audited). */
export interface SettingRecord {
  key: string;
  value: unknown;
}

export class SenteiDb extends Dexie {
  procurements!: EntityTable<Procurement, 'id'>;
  requirements!: EntityTable<Requirement, 'id'>;
  criteriaVersions!: EntityTable<CriteriaVersion, 'id'>;
  evaluators!: EntityTable<Evaluator, 'id'>;
  vendors!: EntityTable<Vendor, 'id'>;
  subcontractors!: EntityTable<Subcontractor, 'id'>;
  attestations!: EntityTable<Attestation, 'id'>;
  evidenceFiles!: EntityTable<EvidenceFile, 'id'>;
  evidenceBlobs!: EntityTable<EvidenceBlob, 'id'>;
  responses!: EntityTable<Response, 'id'>;
  grades!: EntityTable<Grade, 'id'>;
  consensus!: EntityTable<Consensus, 'id'>;
  audit!: Table<AuditEntry, [string, number]>;
  settings!: EntityTable<SettingRecord, 'key'>;
  licensedTexts!: EntityTable<LicensedText, 'entryId'>;
  importedCatalogues!: EntityTable<ImportedCatalogue, 'id'>;
  registerSnapshots!: EntityTable<RegisterSnapshot, 'id'>;

  constructor(name = DB_NAME) {
    // Strict durability: a write reported as saved is on disk, not only in the OS buffer.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      procurements: 'id, updatedAt',
      requirements: 'id, procurementId, [procurementId+order]',
      criteriaVersions: 'id, procurementId, [procurementId+version]',
      evaluators: 'id, procurementId',
      vendors: 'id, procurementId',
      subcontractors: 'id, procurementId, vendorId',
      attestations: 'id, procurementId, vendorId',
      evidenceFiles: 'id, procurementId, ownerId',
      evidenceBlobs: 'id, procurementId',
      responses: 'id, procurementId, [vendorId+requirementId]',
      grades: 'id, procurementId, [evaluatorId+vendorId+requirementId]',
      consensus: 'id, procurementId, [vendorId+requirementId]',
      audit: '[procurementId+seq], procurementId',
      settings: 'key'
    });
    // v2 (named upgrade: none needed, only new tables): standard text and catalogues the user
    // imported from files they are licensed to use. App-level, like settings: not in any
    // procurement, not audited, never exported in a procurement backup.
    this.version(2).stores({
      licensedTexts: 'entryId',
      importedCatalogues: 'id'
    });
    // v3 (named upgrade `evaluatorPackages`): procurements gain the evaluator packages given out
    // and, on an evaluator's PC, where the package came from. No index changes.
    this.version(3)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('procurements')
          .toCollection()
          .modify((p: Record<string, unknown>) => {
            if (!Array.isArray(p['issuedPackages'])) p['issuedPackages'] = [];
            if (p['packageOrigin'] === undefined) p['packageOrigin'] = null;
          })
      );
    // v4 (named upgrade `requirementV3toV4`, domain/upgrades.ts): 基礎点 gets its own field
    // `basePoints`, in the requirements and in the copies frozen in each criteria version.
    this.version(4)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table('requirements')
          .toCollection()
          .modify((r: Record<string, unknown>, ref: { value: unknown }) => {
            ref.value = requirementV3toV4(r);
          });
        await tx
          .table('criteriaVersions')
          .toCollection()
          .modify((v: Record<string, unknown>, ref: { value: unknown }) => {
            ref.value = criteriaVersionV3toV4(v);
          });
      });
    // v5 (named upgrade `procurementV4toV5`, domain/upgrades.ts): procurements gain the buyer kind
    // and the documents' date style. No index changes.
    this.version(5)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('procurements')
          .toCollection()
          .modify((p: Record<string, unknown>, ref: { value: unknown }) => {
            ref.value = procurementV4toV5(p);
          })
      );
    // v6 (named upgrade `registerSnapshots`: none needed, only a new table): snapshots of the
    // official registers the buyer imported. App-level, shared by every procurement, kept in
    // backups. Verification records filled from them carry `register`; older ones have none,
    // which reads as a check recorded by hand (restore/records.ts), so no record is rewritten.
    this.version(6).stores({ registerSnapshots: 'id, registerId' });
  }
}
