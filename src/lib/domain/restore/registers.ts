/**
 * Restores a register snapshot (app-level, shared by procurements) from IndexedDB or a backup.
 */
import { REGISTER_ENTRY_STATUSES, type RegisterEntry, type RegisterSnapshot } from '../model';
import { s } from './schema';

const registerEntrySchema = s.object<RegisterEntry>({
  row: s.number({ integer: true, min: 1 }),
  number: s.string(),
  company: s.string(),
  service: s.string(),
  registeredOn: s.nullable(s.isoDate()),
  expiry: s.nullable(s.isoDate()),
  status: s.enumOf(REGISTER_ENTRY_STATUSES, 'listed'),
  statusText: s.string(),
  scope: s.string(),
  issuer: s.string(),
  standard: s.string()
});

export const registerSnapshotSchema = s.object<RegisterSnapshot>({
  id: s.id(),
  registerId: s.string({ minLength: 1 }),
  fileName: s.string(),
  sha256: s.hex64(),
  importedAt: s.isoDateTime(),
  importedBy: s.string(),
  listDate: s.nullable(s.isoDate()),
  sheet: s.string(),
  headerRow: s.number({ integer: true, min: 1 }),
  entries: s.array(registerEntrySchema)
});
