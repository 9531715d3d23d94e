/**
 * The re-check a newer register snapshot triggers, on the storage side: the claims of every
 * procurement (without evidence bytes), and the writes of one procurement's re-check in one
 * transaction. Before the technical lock each re-checked record is replaced (audited as an
 * attestation update); after it the records stay as they are and only the re-check is audited.
 * Either way one `register.recheck` entry says what changed. A record that is no longer the one the
 * re-check read (changed by hand, or by another check, since) is left alone.
 */
import type { Id, RegisterOutcomeKind, RegisterSnapshot } from '$lib/domain/model';
import type { RecheckItem, RecheckSource } from '$lib/domain/registers/recheck';
import type { WriteContext } from './context';
import { read, requireProcurement, write } from './tx';
import { appendAudit, changedFields } from './audit-append';

/** Every procurement's vendors, 委託先 and attestations; `today` stands in for a missing bid deadline. */
export function loadRecheckSources(today: string): Promise<RecheckSource[]> {
  return read(
    (db) => [db.procurements, db.vendors, db.subcontractors, db.attestations],
    async (db) => {
      const sources: RecheckSource[] = [];
      for (const procurement of await db.procurements.toArray()) {
        const id = procurement.id;
        sources.push({
          procurementId: id,
          title: procurement.title,
          frozen: procurement.technicalLock !== null,
          asOf: procurement.bidDeadline ?? today,
          vendors: await db.vendors.where('procurementId').equals(id).toArray(),
          subcontractors: await db.subcontractors.where('procurementId').equals(id).toArray(),
          attestations: await db.attestations.where('procurementId').equals(id).toArray()
        });
      }
      return sources;
    }
  );
}

export interface RecheckApplied {
  /** Records replaced by the newer snapshot's (none after the technical lock). */
  updated: number;
  frozen: boolean;
}

/** What the audit keeps of one re-checked attestation. */
interface RecheckChangeSummary {
  attestationId: Id;
  holder: string;
  number: string;
  from: RegisterOutcomeKind;
  to: RegisterOutcomeKind;
}

export function applyRegisterRecheck(
  ctx: WriteContext,
  procurementId: Id,
  snapshot: Pick<RegisterSnapshot, 'id' | 'registerId' | 'sha256' | 'listDate' | 'fileName'>,
  items: readonly RecheckItem[]
): Promise<RecheckApplied> {
  return write(
    (db) => [db.attestations],
    async (db) => {
      const procurement = await requireProcurement(db, procurementId);
      const frozen = procurement.technicalLock !== null;
      let updated = 0;
      const at = ctx.now();
      if (!frozen) {
        for (const item of items) {
          const current = await db.attestations.get(item.attestationId);
          const register = current?.verification?.register;
          if (!current || current.procurementId !== procurementId) continue;
          if (register?.snapshotId !== item.previous.snapshotId) continue;
          const diff = changedFields(current, { verification: item.record }, []);
          if (!diff) continue;
          await db.attestations.put({ ...current, verification: item.record });
          await appendAudit(db, ctx, procurementId, {
            action: 'attestation.update',
            entityKind: 'attestation',
            entityId: current.id,
            at,
            ...diff
          });
          updated += 1;
        }
      }
      const changes: RecheckChangeSummary[] = items
        .filter((i) => i.changed)
        .map((i) => ({
          attestationId: i.attestationId,
          holder: i.holder,
          number: i.number,
          from: i.previous.outcome,
          to: i.to
        }));
      await appendAudit(db, ctx, procurementId, {
        action: 'register.recheck',
        entityKind: 'registerSnapshot',
        entityId: snapshot.id,
        at,
        after: {
          registerId: snapshot.registerId,
          fileName: snapshot.fileName,
          sha256: snapshot.sha256,
          listDate: snapshot.listDate,
          rechecked: items.length,
          updated,
          frozen,
          registerChanges: changes
        }
      });
      return { updated, frozen };
    }
  );
}
