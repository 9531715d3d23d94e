/**
 * Backup files: export one or all procurements as an enveloped JSON text, and import in two steps.
 * `readBackup` restores the untrusted file (any issue refuses it whole), checks every evidence file
 * against its SHA-256 and that no row id belongs to another procurement here, and returns a plan;
 * `applyImport` then writes everything in one transaction. Nothing is written until `applyImport`.
 */
import { verifyChain, type ChainCheck } from '$lib/domain/audit';
import type { Issue } from '$lib/domain/issues';
import {
  BUNDLE_COLLECTIONS,
  type AuditEntry,
  type BundleCollection,
  type ProcurementBundle,
  type RegisterSnapshot
} from '$lib/domain/model';
import { buildBackupEnvelope, parseBackupText, type BackupScope } from '$lib/domain/restore';
import { sha256Text } from '$lib/domain/sha256';
import type { Table } from 'dexie';
import { bundleTables, loadBundleIn, saveBundles } from './bundle';
import { getDb } from './database';
import { read, type Tx } from './tx';

export type ExportScope = { kind: 'procurement'; id: string } | { kind: 'all' };

export interface ImportPlanItem {
  procurementId: string;
  title: string;
  action: 'add' | 'replace';
  existingTitle: string | null;
  counts: Record<BundleCollection, number>;
  /** The bundle's own chain against its `auditHead`: not ok means the file was edited. */
  chain: ChainCheck;
}

export type ImportPreview =
  | {
      ok: true;
      bundles: ProcurementBundle[];
      /** App-level register snapshots the file carries (added or kept, never removed). */
      registerSnapshots: RegisterSnapshot[];
      plan: ImportPlanItem[];
      meta: { appVersion: string; exportedAt: string; scope: BackupScope };
    }
  | { ok: false; issues: Issue[] };

export async function exportBackup(
  scope: ExportScope,
  meta: { appVersion: string; exportedAt: string }
): Promise<string> {
  const bundles = await read(bundleTables, async (db) => {
    const ids =
      scope.kind === 'procurement' ? [scope.id] : await db.procurements.toCollection().primaryKeys();
    const loaded: ProcurementBundle[] = [];
    for (const id of ids) loaded.push(await loadBundleIn(db, id));
    return loaded;
  });
  // App-level: every backup carries every register snapshot, so a restored procurement's register
  // checks still point at the snapshot (date and SHA-256) they were made against.
  const snapshots = await (await getDb()).registerSnapshots.toArray();
  // Compact: evidence is base64 inside, and indentation would only add bytes.
  return JSON.stringify(buildBackupEnvelope(bundles, { ...meta, scope: scope.kind }, snapshots));
}

async function sha256Hex(data: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Every evidence file must come with its bytes, of the recorded size and hash. */
async function checkEvidence(bundles: readonly ProcurementBundle[]): Promise<Issue[]> {
  const issues: Issue[] = [];
  for (const [i, bundle] of bundles.entries()) {
    const blobs = new Map(bundle.evidenceBlobs.map((b) => [b.id, b.data]));
    for (const [j, file] of bundle.evidenceFiles.entries()) {
      const data = blobs.get(file.id);
      const ok =
        data !== undefined && data.byteLength === file.size && (await sha256Hex(data)) === file.sha256;
      if (!ok) {
        issues.push({
          code: 'evidenceHashMismatch',
          path: `data.procurements[${i}].evidenceFiles[${j}]`,
          params: { id: file.id, name: file.name }
        });
      }
    }
  }
  return issues;
}

/**
 * Row ids are global keys: one already used by another procurement here, or by two bundles of the
 * file, would make the import fail half-way through, so it is refused up front.
 */
async function checkIdConflicts(db: Tx, bundles: readonly ProcurementBundle[]): Promise<Issue[]> {
  const issues: Issue[] = [];
  for (const collection of BUNDLE_COLLECTIONS) {
    if (collection === 'audit') continue; // keyed by [procurementId+seq]: cannot collide across procurements
    const table = db[collection] as unknown as Table<{ id: string; procurementId: string }, string>;
    const owners = new Map<string, string>();
    for (const [i, bundle] of bundles.entries()) {
      const rows = bundle[collection] as readonly { id: string; procurementId: string }[];
      const stored = await table.bulkGet(rows.map((r) => r.id));
      rows.forEach((row, j) => {
        const owner = owners.get(row.id) ?? stored[j]?.procurementId;
        if (owner !== undefined && owner !== row.procurementId) {
          issues.push({
            code: 'duplicateId',
            path: `data.procurements[${i}].${collection}[${j}].id`,
            params: { id: row.id }
          });
        }
        owners.set(row.id, row.procurementId);
      });
    }
  }
  return issues;
}

/** The chain as it will be stored (the audit table is keyed by seq), whatever order the file lists it in. */
function bySeq(entries: readonly AuditEntry[]): AuditEntry[] {
  return [...entries].sort((a, b) => a.seq - b.seq);
}

function counts(bundle: ProcurementBundle): Record<BundleCollection, number> {
  return Object.fromEntries(BUNDLE_COLLECTIONS.map((c) => [c, bundle[c].length])) as Record<
    BundleCollection,
    number
  >;
}

export async function readBackup(text: string, byteLength: number): Promise<ImportPreview> {
  const parsed = parseBackupText(text, byteLength);
  if (!parsed.data) return { ok: false, issues: parsed.issues };
  const { bundles, appVersion, exportedAt, scope, registerSnapshots } = parsed.data;
  // Hashing awaits crypto.subtle, so it runs before (outside) the read transaction.
  const evidenceIssues = await checkEvidence(bundles);
  const result = await read(bundleTables, async (db) => {
    const issues = [...evidenceIssues, ...(await checkIdConflicts(db, bundles))];
    const plan: ImportPlanItem[] = [];
    for (const bundle of bundles) {
      const existing = await db.procurements.get(bundle.procurement.id);
      plan.push({
        procurementId: bundle.procurement.id,
        title: bundle.procurement.title,
        action: existing ? 'replace' : 'add',
        existingTitle: existing ? existing.title : null,
        counts: counts(bundle),
        chain: verifyChain(bySeq(bundle.audit), sha256Text, bundle.procurement.auditHead)
      });
    }
    return { issues, plan };
  });
  if (result.issues.length > 0) return { ok: false, issues: result.issues };
  return {
    ok: true,
    bundles,
    registerSnapshots,
    plan: result.plan,
    meta: { appVersion, exportedAt, scope }
  };
}

/**
 * Writes the previewed bundles, replacing procurements with the same id: all or nothing. Register
 * snapshots are written after (put by id: a snapshot is never edited, so the same id is the same file).
 */
export async function applyImport(
  bundles: readonly ProcurementBundle[],
  registerSnapshots: readonly RegisterSnapshot[] = []
): Promise<void> {
  await saveBundles(bundles);
  if (registerSnapshots.length > 0) await (await getDb()).registerSnapshots.bulkPut([...registerSnapshots]);
}

/** Writes a preview: its procurements, then the register snapshots it carries. */
export function applyPreview(preview: Extract<ImportPreview, { ok: true }>): Promise<void> {
  return applyImport(preview.bundles, preview.registerSnapshots);
}
