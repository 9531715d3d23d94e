/**
 * Default values of the model: the default rubric and scoring settings of `scoring-method.md`,
 * and factories for new records. Ids and clocks are passed in.
 */
import { buyerProfile, buyerSettings } from './buyer';
import type {
  Attestation,
  BuyerKind,
  DocumentLanguage,
  Evaluator,
  Procurement,
  RubricLevel,
  ScoringSettings,
  Vendor
} from './model';

export const DEFAULT_RUBRIC: readonly RubricLevel[] = [
  { code: 'A', labelJa: '特に優れている', labelEn: 'Excellent', factor: 1 },
  { code: 'B', labelJa: '優れている', labelEn: 'Good', factor: 0.75 },
  { code: 'C', labelJa: '普通', labelEn: 'Adequate', factor: 0.5 },
  { code: 'D', labelJa: 'やや劣る', labelEn: 'Weak', factor: 0.25 },
  { code: 'E', labelJa: '記載なし・不十分', labelEn: 'Missing or insufficient', factor: 0 }
];

export function defaultSettings(): ScoringSettings {
  return {
    rubric: DEFAULT_RUBRIC.map((level) => ({ ...level })),
    priceMethod: 'additive',
    priceFormula: 'standard',
    priceAllocation: 50,
    ceilingPrice: null,
    ceilingPriceTyped: null,
    divisionScale: 100_000_000,
    referenceValueGate: true,
    lowBidThreshold: null,
    lowBidThresholdTyped: null,
    floorPrice: null,
    slopeThreshold: null,
    slopeFactor: 0.5,
    passRule: 'majority',
    minimumBonus: null,
    minimumTechnical: null,
    rounding: {
      mode: 'floor',
      technicalDecimals: 2,
      priceDecimals: 2,
      totalDecimals: 2,
      evaluationValueDecimals: 4,
      referenceValueDecimals: 4,
      technicalMode: null,
      priceMode: null,
      totalMode: null,
      evaluationValueMode: null,
      referenceValueMode: null,
      itemMeanMode: 'none',
      itemMeanDecimals: 2
    },
    priceTaxIncluded: true,
    priceYears: 1,
    consumptionTaxRate: 10,
    stabilityVariation: 0.2,
    stabilityDraws: 2000,
    stabilitySeed: 1,
    statedRatio: null,
    weightConversion: null
  };
}

/** Where a procurement's evaluation stands. */
export type Lifecycle = Pick<
  Procurement,
  'criteriaReopen' | 'technicalLock' | 'tieResolutions' | 'issuedPackages' | 'packageOrigin' | 'auditHead'
>;

/**
 * The lifecycle a procurement starts with, whether new or duplicated: a copy is a new procurement
 * to evaluate, so it keeps none of its source's locks, tie resolutions, packages or audit chain.
 */
export function freshLifecycle(): Lifecycle {
  return {
    criteriaReopen: null,
    technicalLock: null,
    tieResolutions: [],
    issuedPackages: [],
    packageOrigin: null,
    auditHead: null
  };
}

/** A vendor's bid fields. */
export type Bid = Pick<
  Vendor,
  'bidPrice' | 'bidTyped' | 'bidStatus' | 'bidStatusReason' | 'lowBidInvestigation'
>;

/** No bid recorded yet: what a new vendor has, and a duplicated one (bids open after the technical lock). */
export function freshBid(): Bid {
  return {
    bidPrice: null,
    bidTyped: null,
    bidStatus: 'valid',
    bidStatusReason: '',
    lowBidInvestigation: null
  };
}

/** A new procurement of the buyer kind: its 統一基準 fields and settings are that kind's (`domain/buyer.ts`). */
export function newProcurement(
  id: string,
  title: string,
  now: string,
  buyerKind: BuyerKind = 'government',
  documentLanguage: DocumentLanguage = 'ja'
): Procurement {
  return {
    id,
    title,
    organisation: '',
    buyerKind,
    documentDateStyle: null,
    documentLanguage,
    serviceModel: 'SaaS',
    ...buyerProfile(buyerKind),
    bidDeadline: null,
    contractStart: null,
    contractEnd: null,
    notes: '',
    settings: { ...defaultSettings(), ...buyerSettings(buyerKind) },
    ...freshLifecycle(),
    createdAt: now,
    updatedAt: now
  };
}

export function newEvaluator(id: string, procurementId: string, order: number, name: string): Evaluator {
  return { id, procurementId, order, name, role: order === 0 ? 'chair' : 'member', submittedAt: null };
}

export function newVendor(id: string, procurementId: string, order: number, company: string): Vendor {
  return {
    id,
    procurementId,
    order,
    company,
    serviceName: '',
    serviceEdition: '',
    serviceModel: 'SaaS',
    regions: [],
    contact: '',
    notes: '',
    ...freshBid()
  };
}

/** An attestation's fields with nothing recorded yet: no dates, no opinion, no verification. */
export function newAttestationFields(): Omit<Attestation, 'id' | 'procurementId' | 'vendorId' | 'type'> {
  return {
    subcontractorId: null,
    number: '',
    issuer: '',
    accreditationBody: '',
    scopeText: '',
    scopeServices: [],
    scopeRegions: [],
    scopeCoverage: 'covered',
    periodStart: null,
    periodEnd: null,
    asOf: null,
    issuedOn: null,
    expiry: null,
    edition: '',
    cloudAddOn: false,
    renewalPending: false,
    opinion: null,
    qualifiedCriteria: [],
    exceptions: [],
    tscCategories: [],
    subserviceOrganisations: [],
    cuecs: [],
    bridgeLetter: null,
    excludedControls: [],
    verification: null,
    evidenceFileIds: [],
    notes: ''
  };
}
