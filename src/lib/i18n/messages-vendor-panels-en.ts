/** English messages of the vendor page's later panels (attestation form, subcontractors, evidence, register check, status); same keys as `jaVendorPanels`. */
import type { jaVendorPanels } from './messages-vendor-panels';

export const enVendorPanels: Record<keyof typeof jaVendorPanels, string> = {
  'vendor.sub.intro':
    'The government unified standards ask you to judge the reliability of the service and of its subcontractors (for example the IaaS under a SaaS, a data centre, a support desk). Record the attestations of each subcontractor.',
  'vendor.sub.introGeneral':
    'A service is only as reliable as its subcontractors (for example the IaaS under a SaaS, a data centre, a support desk). Record the attestations of each subcontractor.',
  'vendor.sub.empty': 'No subcontractors yet.',
  'vendor.sub.name': 'Subcontractor name',
  'vendor.sub.nameRequired': 'Enter the subcontractor’s name.',
  'vendor.sub.rolePlaceholder': 'e.g. IaaS platform, data centre, support desk',
  'vendor.sub.roleHelp': 'What it does for the service.',
  'vendor.sub.method': 'Treatment in the assurance report',
  'vendor.sub.methodHelp':
    'Carve-out method (除外方式): the subcontractor’s controls are outside the vendor’s report, so its own report or certificate is needed. Inclusive method (一体方式): its controls are tested within the vendor’s report.',
  'vendor.sub.addTitle': 'Add a subcontractor',
  'vendor.sub.add': 'Add subcontractor',
  'vendor.sub.save': 'Save subcontractor',
  'vendor.sub.edit': 'Edit {name}',
  'vendor.sub.remove': 'Delete {name}',
  'vendor.sub.removeConfirm':
    'This deletes subcontractor “{name}” with its attestations and evidence files. It cannot be undone.',
  'vendor.att.notStated': '(not chosen)',
  'vendor.att.accreditationPlaceholder': 'e.g. ISMS-AC, JAB, UKAS',
  'vendor.att.isoEdition': 'Edition of the standard',
  'vendor.att.period.audit': 'Audited period',
  'vendor.att.period.report': 'Period',
  'vendor.att.period.statement': 'Period of the statement',
  'vendor.att.periodStart': 'Period start',
  'vendor.att.reportDate': 'Report date (issued)',
  'vendor.att.certifiedOn': 'Certified (issued)',
  'vendor.att.submittedOn': 'Answered or registered',
  'vendor.att.scope.statement': 'Scope of the statement',
  'vendor.att.scope.certificate': 'Certified scope',
  'vendor.att.excludedHelp': 'Control numbers (e.g. 12.6.1.3), one per line or separated by commas.',
  'vendor.att.exceptionsHelp':
    'For each deviation the report lists, enter the Trust Services criterion (e.g. CC6.1), the description, the auditor’s test result and management’s response. An exception reaches only the requirements that reference its criterion; choose below any requirement without such a reference. A management response is not proof of a fix.',
  'vendor.att.exceptionCriterion': 'Exception {n}: Trust Services criterion',
  'vendor.att.exceptionCriterionHelp': 'Enter a criterion as CC6.1 or A1.2.',
  'vendor.att.exceptionText': 'Exception {n}: description',
  'vendor.att.exceptionTestResult': 'Exception {n}: auditor’s test result',
  'vendor.att.exceptionResponse': 'Exception {n}: management’s response',
  'vendor.att.exceptionRequirements': 'Exception {n}: other requirements it touches',
  'vendor.att.qualifiedCriteria': 'Criteria the qualified opinion concerns',
  'vendor.att.qualifiedCriteriaHelp':
    'The criteria the opinion is qualified on (e.g. CC6.1, A1.2); blank means the criteria of the exceptions. The report stops counting as evidence only for the requirements that reference them; the rest of it stands.',
  'vendor.att.exceptionAdd': 'Add an exception',
  'vendor.att.exceptionRemove': 'Remove exception {n}',
  'vendor.att.multiHelp': 'Hold Ctrl (command on a Mac) to choose several requirements.',
  'vendor.att.subserviceName': 'Subservice organisation {n}: name',
  'vendor.att.subserviceLink': 'Subservice organisation {n}: subcontractor',
  'vendor.att.subserviceUnlinked': '(not a recorded subcontractor: name only)',
  'vendor.att.subserviceLinkHelp':
    'Link each subservice organisation to the vendor’s subcontractor record, so one company is recorded once. A carved-out subcontractor without a report of its own is an open point.',
  'vendor.att.subserviceMethod': 'Subservice organisation {n}: method',
  'vendor.att.subserviceAdd': 'Add a subservice organisation',
  'vendor.att.subserviceRemove': 'Remove subservice organisation {n}',
  'vendor.att.cuecsHelp': 'One per line. They appear in the collection stage as your own obligations.',
  'vendor.att.bridgeHelp':
    'A management statement that controls have not changed materially since the report’s period ended (not audited).',
  'vendor.att.bridgeIssuedOn': 'Bridge letter issued',
  'vendor.att.bridgeCoversUntil': 'Bridge letter covers until',
  'vendor.att.verificationHelp':
    'Where you checked the number and details against a public list (ISMAP cloud service list, the certification body’s search, the CSA STAR registry …).',
  'vendor.att.verificationSource': 'Checked at (list name or URL)',
  'vendor.att.verificationCheckedOn': 'Checked on',
  'vendor.att.verificationCheckedBy': 'Checked by',
  'vendor.att.verificationResult': 'Result',
  'vendor.att.error.required': 'Enter “{field}”.',
  'vendor.att.error.textTooLong':
    '“{field}” has {length} characters, too many. Keep it to {max}, what one cell of the questionnaire workbook holds.',
  'vendor.att.error.periodOrder': 'The period must not end before it starts.',
  'vendor.att.error.issuedBeforePeriodEnd': 'The issue date must not be before the end of the period.',
  'vendor.att.error.expiryBeforeIssue': 'The expiry must not be before the issue date.',
  'vendor.att.error.bridgeIncomplete': 'Enter both dates of the bridge letter.',
  'vendor.att.error.bridgeBeforePeriodEnd':
    'The bridge letter must cover until a date after the end of the report’s period.',
  'vendor.att.error.exceptionWithoutDescription': 'Describe each exception.',
  'vendor.att.error.criterionInvalid':
    '“{field}” holds something that is not a Trust Services criterion. Enter criteria as CC6.1 or A1.2.',
  'vendor.att.error.verificationIncomplete': 'A verification record needs where, when and the result.',
  'vendor.status.atDeadline': 'On the bid deadline ({date})',
  'vendor.status.today': 'Today ({date}; no bid deadline set)',
  'vendor.status.atContractEnd': 'At the end of the contract ({date})',
  'vendor.evidence.empty': 'No evidence files yet.',
  'vendor.evidence.colSize': 'Size',
  'vendor.evidence.colAdded': 'Added (when, by whom)',
  'vendor.evidence.download': 'Download',
  'vendor.evidence.view': 'Open in a new tab',
  'vendor.evidence.remove': 'Delete',
  'vendor.evidence.removeTitle': 'Delete evidence file',
  'vendor.evidence.removeConfirm': 'This deletes the evidence file “{name}”. It cannot be undone.',
  'vendor.evidence.drop': 'Drop evidence files for {name} here',
  'vendor.evidence.choose': 'Attach evidence files ({name})',
  'vendor.evidence.help':
    'PDF, images or spreadsheets, up to {limitMb} MB each. Files stay on this device; their SHA-256 is recorded.'
};
