/**
 * The fields each record form edits (vendor, subcontractor, attestation, requirement, the
 * procurement's own fields and its scoring settings): what a write from that form is checked on
 * (`domain/versions.ts`), what the page keeps as the base it showed, and what the conflict message
 * names. Listed as records over every key, so a field added to a type and not here is a type error.
 */
import type { AttestationFields } from './attestation-draft';
import type { Procurement, Requirement, ScoringSettings, Subcontractor, Vendor } from './model';
import type { StampKey } from './versions';

export type VendorFields = Pick<
  Vendor,
  'company' | 'serviceName' | 'serviceEdition' | 'serviceModel' | 'regions' | 'contact' | 'notes'
>;
export type SubcontractorFields = Pick<
  Subcontractor,
  'name' | 'role' | 'criticality' | 'subserviceMethod' | 'notes'
>;
/** Everything of a requirement but identity, position and the version stamps. */
export type RequirementFields = Omit<Requirement, 'id' | 'procurementId' | 'order' | StampKey>;
/** The procurement's own fields its settings page edits (the scoring settings have their own form). */
export type ProcurementFields = Pick<
  Procurement,
  | 'title'
  | 'organisation'
  | 'buyerKind'
  | 'documentDateStyle'
  | 'documentLanguage'
  | 'slashDateOrder'
  | 'serviceModel'
  | 'handlesConfidential'
  | 'confidentialityClass'
  | 'unifiedStandardEdition'
  | 'bidDeadline'
  | 'contractStart'
  | 'contractEnd'
  | 'notes'
>;

const keysOf = <F extends object>(all: Record<keyof F, true>) => Object.keys(all) as (keyof F & string)[];

export const VENDOR_FIELDS = /* @__PURE__ */ keysOf<VendorFields>({
  company: true,
  serviceName: true,
  serviceEdition: true,
  serviceModel: true,
  regions: true,
  contact: true,
  notes: true
});

export const SUBCONTRACTOR_FIELDS = /* @__PURE__ */ keysOf<SubcontractorFields>({
  name: true,
  role: true,
  criticality: true,
  subserviceMethod: true,
  notes: true
});

export const ATTESTATION_FIELDS = /* @__PURE__ */ keysOf<AttestationFields>({
  type: true,
  number: true,
  issuer: true,
  accreditationBody: true,
  scopeText: true,
  scopeServices: true,
  scopeRegions: true,
  scopeCoverage: true,
  periodStart: true,
  periodEnd: true,
  asOf: true,
  issuedOn: true,
  expiry: true,
  edition: true,
  cloudAddOn: true,
  renewalPending: true,
  opinion: true,
  qualifiedCriteria: true,
  exceptions: true,
  tscCategories: true,
  subserviceOrganisations: true,
  cuecs: true,
  bridgeLetter: true,
  excludedControls: true,
  verification: true,
  notes: true
});

export const REQUIREMENT_FIELDS = /* @__PURE__ */ keysOf<RequirementFields>({
  ref: true,
  domain: true,
  title: true,
  text: true,
  kind: true,
  basePoints: true,
  points: true,
  appliesTo: true,
  acceptedAttestations: true,
  controlRefs: true,
  sourceRef: true,
  levelPoints: true,
  excludeAtLowest: true,
  domainEn: true,
  titleEn: true,
  textEn: true
});

export const PROCUREMENT_FIELDS = /* @__PURE__ */ keysOf<ProcurementFields>({
  title: true,
  organisation: true,
  buyerKind: true,
  documentDateStyle: true,
  documentLanguage: true,
  slashDateOrder: true,
  serviceModel: true,
  handlesConfidential: true,
  confidentialityClass: true,
  unifiedStandardEdition: true,
  bidDeadline: true,
  contractStart: true,
  contractEnd: true,
  notes: true
});

export const SETTINGS_FIELDS = /* @__PURE__ */ keysOf<ScoringSettings>({
  rubric: true,
  priceMethod: true,
  priceFormula: true,
  priceAllocation: true,
  ceilingPrice: true,
  ceilingPriceTyped: true,
  divisionScale: true,
  referenceValueGate: true,
  lowBidThreshold: true,
  lowBidThresholdTyped: true,
  floorPrice: true,
  slopeThreshold: true,
  slopeFactor: true,
  passRule: true,
  minimumBonus: true,
  minimumTechnical: true,
  rounding: true,
  priceTaxIncluded: true,
  consumptionTaxRate: true,
  priceYears: true,
  stabilityVariation: true,
  stabilityDraws: true,
  stabilitySeed: true,
  statedRatio: true,
  weightConversion: true
});
