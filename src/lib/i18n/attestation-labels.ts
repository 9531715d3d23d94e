/**
 * The attestation types' names, apart from `labels.ts` so that the results page, which names them
 * in its explanations, does not carry that whole file before the ranking shows.
 */
import type { AttestationType } from '$lib/domain/model';
import type { MessageKey } from './messages';

export const attestationTypeKey: Record<AttestationType, MessageKey> = {
  ismap: 'attestation.ismap',
  ismapLiu: 'attestation.ismapLiu',
  soc2Type2: 'attestation.soc2Type2',
  soc2Type1: 'attestation.soc2Type1',
  soc3: 'attestation.soc3',
  csGold: 'attestation.csGold',
  csSilver: 'attestation.csSilver',
  iso27001: 'attestation.iso27001',
  iso27017: 'attestation.iso27017',
  csaStar2Certification: 'attestation.csaStar2Certification',
  csaStar2Attestation: 'attestation.csaStar2Attestation',
  csaStar1: 'attestation.csaStar1',
  aspic: 'attestation.aspic',
  selfAssessment: 'attestation.selfAssessment',
  other: 'attestation.other'
};
