/**
 * What an attestation's summary names (its number and issuer by scheme, opinion, coverage, the
 * verification's result, SOC 2 categories, a subservice organisation's method), apart from
 * `labels.ts` so that the vendor page, which shows these summaries first, does not carry that file.
 */
import type { TscCategory } from '$lib/domain/tsc-categories';
import type {
  AttestationType,
  Opinion,
  ScopeCoverage,
  SubserviceMethod,
  VerificationResult
} from '$lib/domain/model';
import type { MessageKey } from './messages';

export const subserviceMethodKey: Record<SubserviceMethod, MessageKey> = {
  carveOut: 'collect.method.carveOut',
  inclusive: 'collect.method.inclusive'
};

/** 登録番号 / 使用許諾番号 / 認証登録番号 …: the number's name depends on the scheme. */
export const numberLabelKey: Record<AttestationType, MessageKey> = {
  ismap: 'vendor.att.number.registration',
  ismapLiu: 'vendor.att.number.registration',
  soc2Type2: 'vendor.att.number.other',
  soc2Type1: 'vendor.att.number.other',
  soc3: 'vendor.att.number.other',
  csGold: 'vendor.att.number.licence',
  csSilver: 'vendor.att.number.licence',
  iso27001: 'vendor.att.number.certificate',
  iso27017: 'vendor.att.number.certificate',
  csaStar2Certification: 'vendor.att.number.certificate',
  csaStar2Attestation: 'vendor.att.number.other',
  csaStar1: 'vendor.att.number.other',
  aspic: 'vendor.att.number.aspic',
  selfAssessment: 'vendor.att.number.other',
  other: 'vendor.att.number.other'
};

/** 監査機関 (ISMAP) / 監査人 / 認証機関 …: who issued it. */
export const issuerLabelKey: Record<AttestationType, MessageKey> = {
  ismap: 'vendor.att.issuer.ismapAuditor',
  ismapLiu: 'vendor.att.issuer.ismapAuditor',
  soc2Type2: 'vendor.att.issuer.auditor',
  soc2Type1: 'vendor.att.issuer.auditor',
  soc3: 'vendor.att.issuer.auditor',
  csGold: 'vendor.att.issuer.auditor',
  csSilver: 'vendor.att.issuer.auditor',
  iso27001: 'vendor.att.issuer.certificationBody',
  iso27017: 'vendor.att.issuer.certificationBody',
  csaStar2Certification: 'vendor.att.issuer.certificationBody',
  csaStar2Attestation: 'vendor.att.issuer.auditor',
  csaStar1: 'vendor.att.issuer.other',
  aspic: 'vendor.att.issuer.other',
  selfAssessment: 'vendor.att.issuer.other',
  other: 'vendor.att.issuer.other'
};

export const opinionKey: Record<Opinion, MessageKey> = {
  unmodified: 'vendor.att.opinion.unmodified',
  qualified: 'vendor.att.opinion.qualified',
  adverse: 'vendor.att.opinion.adverse',
  disclaimer: 'vendor.att.opinion.disclaimer'
};

export const coverageKey: Record<ScopeCoverage, MessageKey> = {
  covered: 'vendor.att.coverage.covered',
  notCovered: 'vendor.att.coverage.notCovered',
  unknown: 'vendor.att.coverage.unknown'
};

export const verificationResultKey: Record<VerificationResult, MessageKey> = {
  confirmed: 'vendor.att.verification.confirmed',
  notFound: 'vendor.att.verification.notFound',
  mismatch: 'vendor.att.verification.mismatch'
};

export const tscKey: Record<TscCategory, MessageKey> = {
  security: 'vendor.att.tsc.security',
  availability: 'vendor.att.tsc.availability',
  processingIntegrity: 'vendor.att.tsc.processingIntegrity',
  confidentiality: 'vendor.att.tsc.confidentiality',
  privacy: 'vendor.att.tsc.privacy'
};
