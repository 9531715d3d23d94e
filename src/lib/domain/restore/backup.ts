/**
 * The backup file: an envelope `{ type, schemaVersion, appVersion, exportedAt, scope, data }` around
 * procurement bundles. A backup is applied whole or not at all: any issue anywhere refuses it.
 */
import type { Issue, Restored } from '../issues';
import { BACKUP_MAX_BYTES, BACKUP_MAX_MB } from '../limits';
import type { EvidenceBlob, ProcurementBundle, RegisterSnapshot } from '../model';
import { encodeBase64 } from './base64';
import { bundleSchema } from './bundle';
import { registerSnapshotSchema } from './registers';
import { bundleSettingsAddedLater, upgradeBundle } from '../upgrades';
import { hasOwn, isRecord, restoreWith, s, type Params } from './schema';

export const BACKUP_FILE_TYPE = 'sentei-backup';
/**
 * 4: amounts as typed (unit, tax basis), the consumption-tax rate, and the register snapshots
 * (app-level, `data.registerSnapshots`; DB v6), which older files do not have.
 * 3: a procurement's buyer kind and documents' date style (DB v5). 2: 基礎点 in its own field (DB
 * v4). Version 1 was written at DB v1–v3, version 2 at DB v4; their bundles go through the named
 * upgrades of domain/upgrades.ts before they are restored.
 */
export const BACKUP_SCHEMA_VERSION = 4;
export { BACKUP_MAX_BYTES } from '../limits';
export const BACKUP_SCOPES = ['procurement', 'all'] as const;
export type BackupScope = (typeof BACKUP_SCOPES)[number];

export type BackupEvidenceBlob = Omit<EvidenceBlob, 'data'> & { data: string };
export type BackupBundle = Omit<ProcurementBundle, 'evidenceBlobs'> & { evidenceBlobs: BackupEvidenceBlob[] };

export interface BackupEnvelope {
  type: typeof BACKUP_FILE_TYPE;
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  scope: BackupScope;
  data: { procurements: BackupBundle[]; registerSnapshots: RegisterSnapshot[] };
}

export interface BackupContents {
  appVersion: string;
  exportedAt: string;
  scope: BackupScope;
  bundles: ProcurementBundle[];
  registerSnapshots: RegisterSnapshot[];
}

type RestoredEnvelope = Omit<BackupEnvelope, 'data'> & {
  data: { procurements: ProcurementBundle[]; registerSnapshots: RegisterSnapshot[] };
};

const envelopeSchema = s.object<RestoredEnvelope>({
  type: s.enumOf([BACKUP_FILE_TYPE]),
  schemaVersion: s.number({
    integer: true,
    min: 1,
    max: BACKUP_SCHEMA_VERSION,
    default: BACKUP_SCHEMA_VERSION
  }),
  appVersion: s.string(),
  exportedAt: s.isoDateTime(),
  scope: s.enumOf(BACKUP_SCOPES),
  data: s.object({
    procurements: s.array(bundleSchema),
    registerSnapshots: s.array(registerSnapshotSchema)
  })
});

export function toBackupBundle(bundle: ProcurementBundle): BackupBundle {
  return {
    ...bundle,
    evidenceBlobs: bundle.evidenceBlobs.map(({ id, procurementId, data }) => ({
      id,
      procurementId,
      data: encodeBase64(new Uint8Array(data))
    }))
  };
}

export function buildBackupEnvelope(
  bundles: readonly ProcurementBundle[],
  meta: { appVersion: string; exportedAt: string; scope: BackupScope },
  registerSnapshots: readonly RegisterSnapshot[] = []
): BackupEnvelope {
  return {
    type: BACKUP_FILE_TYPE,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    appVersion: meta.appVersion,
    exportedAt: meta.exportedAt,
    scope: meta.scope,
    data: { procurements: bundles.map(toBackupBundle), registerSnapshots: [...registerSnapshots] }
  };
}

/**
 * Reads a backup file. A backup is applied whole or not at all, so any issue anywhere makes
 * `data` null. File-level refusals (size, JSON, type, version) come alone, at path ''.
 */
export function parseBackupText(text: string, byteLength: number): Restored<BackupContents> {
  const refuse = (code: Issue['code'], params?: Params): Restored<BackupContents> => ({
    data: null,
    issues: [params ? { code, path: '', params } : { code, path: '' }]
  });
  if (byteLength > BACKUP_MAX_BYTES) return refuse('fileTooLarge', { limitMb: BACKUP_MAX_MB });
  if (text.trim() === '') return refuse('fileEmpty');
  let json: unknown;
  try {
    // Editors on Windows may save a byte order mark, which JSON.parse rejects.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('notJson');
  }
  if (!isRecord(json) || !hasOwn(json, 'type') || json.type !== BACKUP_FILE_TYPE)
    return refuse('wrongFileType');
  const version = hasOwn(json, 'schemaVersion') ? json.schemaVersion : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('wrongType', { expected: 'integer' });
  }
  // Checked before the shape: a newer file may well have a shape this version cannot read.
  if (version > BACKUP_SCHEMA_VERSION) {
    return refuse('futureVersion', { version, supported: BACKUP_SCHEMA_VERSION });
  }

  const { value, issues } = restoreWith(
    envelopeSchema,
    version < BACKUP_SCHEMA_VERSION ? upgradeEnvelope(json) : mapBundles(json, bundleSettingsAddedLater),
    ''
  );
  const bundles = value.data.procurements;
  const seen = new Set<string>();
  bundles.forEach((bundle, i) => {
    const id = bundle.procurement.id;
    if (seen.has(id))
      issues.push({ code: 'duplicateId', path: `data.procurements[${i}].procurement.id`, params: { id } });
    seen.add(id);
  });
  if (issues.length > 0) return { data: null, issues };
  return {
    data: {
      appVersion: value.appVersion,
      exportedAt: value.exportedAt,
      scope: value.scope,
      bundles,
      registerSnapshots: value.data.registerSnapshots
    },
    issues
  };
}

/**
 * A version 1–3 file, whose bundles hold DB v1–v5 shapes, with every bundle upgraded; it has no
 * register snapshots (version 4 added them).
 */
function upgradeEnvelope(json: Record<string, unknown>): Record<string, unknown> {
  const upgraded = mapBundles(json, upgradeBundle);
  const data = upgraded['data'];
  if (!isRecord(data) || hasOwn(data, 'registerSnapshots')) return upgraded;
  return { ...upgraded, data: { ...data, registerSnapshots: [] } };
}

/**
 * A current-version file may predate a scoring setting added since (no new schema version: a new
 * optional field, `SETTINGS_ADDED_LATER`); only those settings are filled, with their earlier
 * behaviour. Any other missing field is still refused.
 */
function mapBundles(
  json: Record<string, unknown>,
  upgrade: (bundle: unknown) => unknown
): Record<string, unknown> {
  const data = json['data'];
  if (!isRecord(data) || !Array.isArray(data['procurements'])) return json;
  return { ...json, data: { ...data, procurements: data['procurements'].map(upgrade) } };
}
