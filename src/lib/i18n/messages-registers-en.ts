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
  'registers.recheck.title': 'Re-check with the newer snapshot',
  'registers.recheck.intro':
    '{register} (as of {listDate}) is newer than the snapshot last used, so every attestation already checked against this register was checked again, in every procurement. Verifications recorded by hand, and attestations never checked, are left out.',
  'registers.recheck.none':
    'Nothing was re-checked (no attestation was checked against this register, or it was checked against a newer snapshot).',
  'registers.recheck.applied':
    'The {count} re-checked verification records now cite this snapshot (recorded in the audit log).',
  'registers.recheck.frozen':
    'The technical evaluation is closed, so the verification records were not changed (the re-check is recorded in the audit log). To apply it, run “Check against registers” on the vendor page as a post-close correction.',
  'registers.recheck.noChange': 'Unchanged since the last check ({count}).',
  'registers.recheck.col.vendor': 'Vendor',
  'registers.recheck.col.change': 'Last → now',
  'registers.recheck.change': '{from} → {to}',
  'registers.recheck.subcontractor': 'subcontractor',
  'registers.recheck.done':
    'Re-checked {count} attestations in {procurements} procurements against the newer snapshot ({changed} changed).',
  'registers.recheck.failed':
    'The re-check could not be saved. Check the vendors with “Check against registers” on the vendor page.',
  'registers.mapping.title': 'Import by mapping the columns',
  'registers.mapping.intro':
    '“{file}” does not have the headings of a known register. Say which register it lists, which row holds the headings and what each column means, and it is imported as a snapshot like the others (its SHA-256 and the import date are recorded).',
  'registers.mapping.needed':
    'The headings match no known register. You can import the list by mapping its columns.',
  'registers.mapping.register': 'Register',
  'registers.mapping.sheet': 'Sheet',
  'registers.mapping.headerRow': 'Heading row',
  'registers.mapping.columns': 'What each column holds',
  'registers.mapping.none': '(not used)',
  'registers.mapping.column': 'Column {letter}: {header}',
  'registers.mapping.noHeading': '(no heading)',
  'registers.mapping.needKey': 'Choose the number or the company column (matching reads them).',
  'registers.mapping.sameColumn': 'One column is chosen for two meanings.',
  'registers.mapping.preview': 'Rows below the headings:',
  'registers.mapping.import': 'Import with this mapping',
  'registers.mapping.cancel': 'Cancel',
  'registers.mapping.empty': 'No row can be read from these columns. Check the heading row and the columns.',
  'registers.role.number': 'Registration or certificate number',
  'registers.role.company': 'Company or organisation',
  'registers.role.service': 'Service name',
  'registers.role.registeredOn': 'Registered on',
  'registers.role.expiry': 'Expiry',
  'registers.role.status': 'Status (revoked, lapsed)',
  'registers.role.scope': 'Scope',
  'registers.role.issuer': 'Auditor or certification body',
  'registers.role.standard': 'Standard or level',
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
  'registers.help.recheck':
    'Importing a newer snapshot of the same register (a later update date than the one last used) checks again, in every procurement, each attestation already checked against that register; the settings page shows what changed since (e.g. confirmed → revoked) and the audit log records it. Before the technical evaluation is closed the verification records are updated to the newer snapshot; after it they are left as they are, to be applied on the vendor page as a post-close correction. Verifications recorded by hand are not re-checked. The decision memo’s open points list every outcome other than confirmed, for every evaluated vendor and its subcontractors.',
  'registers.help.mapping':
    'A list whose headings match no known register can be imported by saying which register it lists, which row holds the headings and what each column means (number, company, service, dates, status, scope …). It then serves as a snapshot like the others.',
  'registers.help.record':
    'The result fills the verification record (the snapshot’s date and SHA-256 as the source, the day and the checker) and shows in the audit log, the decision memo’s open points and the scoring workbook’s evidence sheet. A verification recorded by hand is not overwritten unless the buyer chooses to replace it.'
};
