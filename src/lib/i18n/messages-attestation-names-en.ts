/** English messages of the attestation types’ names and their statuses; same keys as `jaAttestationNames`. */
import type { jaAttestationNames } from './messages-attestation-names';

export const enAttestationNames: Record<keyof typeof jaAttestationNames, string> = {
  'attestation.ismap': 'ISMAP registration',
  'attestation.ismapLiu': 'ISMAP-LIU registration',
  'attestation.soc2Type2': 'SOC 2 Type II report',
  'attestation.soc2Type1': 'SOC 2 Type I report',
  'attestation.soc3': 'SOC 3 report',
  'attestation.csGold': 'CS Gold Mark',
  'attestation.csSilver': 'CS Silver Mark',
  'attestation.iso27001': 'ISO/IEC 27001 certification',
  'attestation.iso27017': 'ISO/IEC 27017 certification',
  'attestation.csaStar2Certification': 'CSA STAR Certification (level 2)',
  'attestation.csaStar2Attestation': 'CSA STAR Attestation (level 2)',
  'attestation.csaStar1': 'CSA STAR self-assessment (level 1)',
  'attestation.aspic': 'ASPIC disclosure certification',
  'attestation.selfAssessment': 'Self-assessment / questionnaire',
  'attestation.other': 'Other',
  'vendor.status.valid': 'Valid',
  'vendor.status.expired': 'Expired',
  'vendor.status.stale': 'Stale',
  'vendor.status.qualified': 'Adverse or no opinion',
  'vendor.status.outOfScope': 'Out of scope',
  'vendor.status.unverified': 'Unverified'
};
