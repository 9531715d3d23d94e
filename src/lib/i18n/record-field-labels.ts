/**
 * The name of each record form's field as the user reads it, for the conflict message (one writer
 * at a time). Typed over every field, so a field without a name is a type error.
 */
import type {
  ProcurementFields,
  RequirementFields,
  SubcontractorFields,
  VendorFields
} from '$lib/domain/record-fields';
import type { AttestationFields } from '$lib/domain/attestation-draft';
import type { ScoringSettings } from '$lib/domain/model';
import type { MessageKey } from './messages';

export const vendorFieldKey: Record<keyof VendorFields, MessageKey> = {
  company: 'records.field.vendor.company',
  serviceName: 'records.field.vendor.serviceName',
  serviceEdition: 'records.field.vendor.serviceEdition',
  serviceModel: 'records.field.vendor.serviceModel',
  regions: 'records.field.vendor.regions',
  contact: 'records.field.vendor.contact',
  notes: 'records.field.vendor.notes'
};

export const subcontractorFieldKey: Record<keyof SubcontractorFields, MessageKey> = {
  name: 'records.field.sub.name',
  role: 'records.field.sub.role',
  criticality: 'records.field.sub.criticality',
  subserviceMethod: 'records.field.sub.subserviceMethod',
  notes: 'records.field.sub.notes'
};

export const attestationFieldKey: Record<keyof AttestationFields, MessageKey> = {
  type: 'records.field.att.type',
  number: 'records.field.att.number',
  issuer: 'records.field.att.issuer',
  accreditationBody: 'records.field.att.accreditationBody',
  scopeText: 'records.field.att.scopeText',
  scopeServices: 'records.field.att.scopeServices',
  scopeRegions: 'records.field.att.scopeRegions',
  scopeCoverage: 'records.field.att.scopeCoverage',
  periodStart: 'records.field.att.periodStart',
  periodEnd: 'records.field.att.periodEnd',
  asOf: 'records.field.att.asOf',
  issuedOn: 'records.field.att.issuedOn',
  expiry: 'records.field.att.expiry',
  edition: 'records.field.att.edition',
  cloudAddOn: 'records.field.att.cloudAddOn',
  renewalPending: 'records.field.att.renewalPending',
  opinion: 'records.field.att.opinion',
  qualifiedCriteria: 'records.field.att.qualifiedCriteria',
  exceptions: 'records.field.att.exceptions',
  tscCategories: 'records.field.att.tscCategories',
  subserviceOrganisations: 'records.field.att.subserviceOrganisations',
  cuecs: 'records.field.att.cuecs',
  bridgeLetter: 'records.field.att.bridgeLetter',
  excludedControls: 'records.field.att.excludedControls',
  verification: 'records.field.att.verification',
  notes: 'records.field.att.notes'
};

export const requirementFieldKey: Record<keyof RequirementFields, MessageKey> = {
  ref: 'records.field.req.ref',
  domain: 'records.field.req.domain',
  title: 'records.field.req.title',
  text: 'records.field.req.text',
  kind: 'records.field.req.kind',
  basePoints: 'records.field.req.basePoints',
  points: 'records.field.req.points',
  appliesTo: 'records.field.req.appliesTo',
  acceptedAttestations: 'records.field.req.acceptedAttestations',
  controlRefs: 'records.field.req.controlRefs',
  sourceRef: 'records.field.req.sourceRef',
  levelPoints: 'records.field.req.levelPoints',
  excludeAtLowest: 'records.field.req.excludeAtLowest',
  domainEn: 'records.field.req.domainEn',
  titleEn: 'records.field.req.titleEn',
  textEn: 'records.field.req.textEn'
};

export const procurementFieldKey: Record<keyof ProcurementFields, MessageKey> = {
  title: 'records.field.proc.title',
  organisation: 'records.field.proc.organisation',
  buyerKind: 'records.field.proc.buyerKind',
  documentDateStyle: 'records.field.proc.documentDateStyle',
  documentLanguage: 'records.field.proc.documentLanguage',
  slashDateOrder: 'records.field.proc.slashDateOrder',
  serviceModel: 'records.field.proc.serviceModel',
  handlesConfidential: 'records.field.proc.handlesConfidential',
  confidentialityClass: 'records.field.proc.confidentialityClass',
  unifiedStandardEdition: 'records.field.proc.unifiedStandardEdition',
  bidDeadline: 'records.field.proc.bidDeadline',
  contractStart: 'records.field.proc.contractStart',
  contractEnd: 'records.field.proc.contractEnd',
  notes: 'records.field.proc.notes'
};

export const settingsFieldKey: Record<keyof ScoringSettings, MessageKey> = {
  rubric: 'records.field.set.rubric',
  priceMethod: 'records.field.set.priceMethod',
  priceFormula: 'records.field.set.priceFormula',
  priceAllocation: 'records.field.set.priceAllocation',
  ceilingPrice: 'records.field.set.ceilingPrice',
  ceilingPriceTyped: 'records.field.set.ceilingPriceTyped',
  divisionScale: 'records.field.set.divisionScale',
  referenceValueGate: 'records.field.set.referenceValueGate',
  lowBidThreshold: 'records.field.set.lowBidThreshold',
  lowBidThresholdTyped: 'records.field.set.lowBidThresholdTyped',
  floorPrice: 'records.field.set.floorPrice',
  slopeThreshold: 'records.field.set.slopeThreshold',
  slopeFactor: 'records.field.set.slopeFactor',
  passRule: 'records.field.set.passRule',
  minimumBonus: 'records.field.set.minimumBonus',
  minimumTechnical: 'records.field.set.minimumTechnical',
  rounding: 'records.field.set.rounding',
  priceTaxIncluded: 'records.field.set.priceTaxIncluded',
  consumptionTaxRate: 'records.field.set.consumptionTaxRate',
  priceYears: 'records.field.set.priceYears',
  stabilityVariation: 'records.field.set.stabilityVariation',
  stabilityDraws: 'records.field.set.stabilityDraws',
  stabilitySeed: 'records.field.set.stabilitySeed',
  statedRatio: 'records.field.set.statedRatio',
  weightConversion: 'records.field.set.weightConversion'
};
