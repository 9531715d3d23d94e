/** English messages of the official registers; same keys as `jaRegisters`. */
import type { jaRegisters } from './messages-registers';

export const enRegisters: Record<keyof typeof jaRegisters, string> = {
  'registers.title': 'Official registers',
  'registers.intro':
    'Import the ISMAP and ISMAP-LIU cloud service lists, the ISMS-AC list of certified organisations, JASA’s CS mark holders and the CSA STAR registry, as downloaded from their official sites. Each import is kept on this machine as a snapshot, with its file name, SHA-256, import date and the list’s own update date, and is used by every procurement. Nothing is sent anywhere.',
  'registers.import': 'Import a register file',
  'registers.importHelp':
    'Excel (.xlsx / .xls) or CSV (UTF-8 / Shift_JIS). The header row may sit below title rows.',
  'registers.imported': '{register} imported ({count} {count|entry|entries}, updated {listDate}).',
  'registers.importedNoDate':
    '{register} imported ({count} {count|entry|entries}; the list states no update date).',
  'registers.alreadyImported': 'This file was already imported ({register}, {importedAt}).',
  'registers.noHeader':
    'No register header row was found. Check that the table has the columns {columns}. If a column was renamed, add the new heading to the aliases in questionnaires/registers/.',
  'registers.noHeaderAny':
    'No register’s header row was found. Check that this is an ISMAP, ISMS-AC, JASA or CSA STAR list as downloaded.',
  'registers.unreadableDates':
    '{count} {count|date|dates} could not be read and {count|was|were} left empty (e.g. {path}).',
  'registers.readFailed': 'The register file could not be read.',
  'registers.empty': 'No register has been imported yet.',
  'registers.col.register': 'Register',
  'registers.col.listDate': 'List updated',
  'registers.col.importedAt': 'Imported',
  'registers.col.file': 'File name',
  'registers.col.entries': 'Entries',
  'registers.col.sha256': 'SHA-256',
  'registers.remove': 'Delete',
  'registers.removeConfirm': 'Delete this snapshot? Check results already recorded are kept.',
  'registers.removed': 'Snapshot deleted.',
  'registers.noListDate': 'not stated',
  'registers.check': 'Check against registers',
  'registers.checkHelp':
    'Checks this vendor’s and its subcontractors’ attestations against the newest snapshot of each imported register and records the result. A verification recorded by hand is never overwritten.',
  'registers.checkNone':
    'Nothing to check (no matching register has been imported, or there are no attestations).',
  'registers.checked':
    'Checked against the registers ({filled} recorded, {changed} changed, {kept} manual {kept|record|records} kept).',
  'registers.resultsTitle': 'Register check results',
  'registers.col.holder': 'Holder',
  'registers.col.type': 'Attestation',
  'registers.col.number': 'Number',
  'registers.col.outcome': 'Result',
  'registers.col.snapshot': 'Snapshot',
  'registers.outcome.confirmed': 'Confirmed in the register',
  'registers.outcome.notListed': 'Not listed',
  'registers.outcome.mismatch': 'Details differ',
  'registers.outcome.expired': 'Expired',
  'registers.outcome.revoked': 'Revoked',
  'registers.outcome.noSnapshot': 'Register not imported',
  'registers.nearName': 'A similarly named entry exists (not taken as a match)',
  'registers.diff': '{field}: claimed “{claimed}” / register “{registered}”',
  'registers.field.number': 'Number',
  'registers.field.company': 'Name',
  'registers.field.service': 'Service',
  'registers.field.expiry': 'Expiry',
  'registers.field.scope': 'Scope',
  'registers.keptManual': 'The verification recorded by hand is kept ({source}, {checkedOn}).',
  'registers.replaceManual': 'Replace with the register result',
  'registers.changed': 'changed since last check ({from})',
  'registers.snapshotLabel': 'as of {listDate} · SHA-256 {sha}…',
  'registers.help.page': 'How scoring works',
  'registers.help.title': 'Checking attestations against the official registers',
  'registers.help.snapshots':
    'Official registers (ISMAP and ISMAP-LIU, ISMS-AC, JASA CS marks, CSA STAR) are imported on the settings page as downloaded. Each import is kept as a snapshot with its file name, SHA-256, import date and the list’s own update date, used by every procurement and included in backups. Nothing is sent anywhere.',
  'registers.help.matching':
    'An attestation is matched by its number first (full- or half-width, hyphens, spaces and case do not matter), then by the company name without its legal form (株式会社, （株）, ㈱), width or spaces, and the service name. A name that is only close (one character off) is never taken as a match: it is shown as details differing, both values side by side.',
  'registers.help.confirmed':
    'Confirmed in the register: listed, and the name, number, service and expiry agree with the claim.',
  'registers.help.notListed': 'Not listed: found neither by number nor by name.',
  'registers.help.mismatch':
    'Details differ: found, but some fields differ (the claim and the register side by side).',
  'registers.help.expired':
    'Expired or revoked: the register’s expiry is before the reference date (the bid deadline, or today), or the register says revoked or lapsed.',
  'registers.help.record':
    'The result fills the verification record (the snapshot’s date and SHA-256 as the source, the day and the checker) and shows in the audit log, the decision memo’s open points and the scoring workbook’s evidence sheet. A verification recorded by hand is not overwritten unless the buyer chooses to replace it.'
};
