/** Vendors, their bids and their subcontractors (委託先). */
import type { Id } from './common';
import type { ServiceModel } from './procurement';
import type { TypedAmount } from './settings';

export const BID_STATUSES = ['valid', 'invalid', 'withdrawn', 'overCeiling'] as const;
export type BidStatus = (typeof BID_STATUSES)[number];

export interface Vendor {
  id: Id;
  procurementId: Id;
  order: number;
  company: string;
  serviceName: string;
  serviceEdition: string;
  serviceModel: ServiceModel;
  /** Regions / data-centre countries of the offered service. */
  regions: string[];
  contact: string;
  notes: string;
  /** 入札価格 in yen on the evaluation basis, entered at price opening. */
  bidPrice: number | null;
  /** 入札価格 as typed (its unit and tax basis); null: typed as `bidPrice`, on the evaluation basis. */
  bidTyped: TypedAmount | null;
  bidStatus: BidStatus;
  /** Reason for 無効 (invalid). */
  bidStatusReason: string;
  /** Outcome of a low-bid investigation (調査基準価格). */
  lowBidInvestigation: { outcome: 'accepted' | 'rejected'; note: string } | null;
  /** Counted up by every write (one writer at a time, `domain/versions.ts`); absent on older records: 0. */
  version?: number;
  /** The audit actor of the last write. */
  updatedBy?: string;
  /** When the last write was stored (absent on records stored before versions). */
  updatedAt?: string;
}

export const CRITICALITIES = ['critical', 'normal'] as const;
export type Criticality = (typeof CRITICALITIES)[number];
export const SUBSERVICE_METHODS = ['carveOut', 'inclusive'] as const;
export type SubserviceMethod = (typeof SUBSERVICE_METHODS)[number];

/** 委託先 of a vendor (e.g. the IaaS under a SaaS, a data centre, a support desk). */
export interface Subcontractor {
  id: Id;
  procurementId: Id;
  vendorId: Id;
  order: number;
  name: string;
  role: string;
  criticality: Criticality;
  /** How the vendor's own assurance report treats it. */
  subserviceMethod: SubserviceMethod;
  notes: string;
  /** Counted up by every write (one writer at a time, `domain/versions.ts`); absent on older records: 0. */
  version?: number;
  /** The audit actor of the last write. */
  updatedBy?: string;
  /** When the last write was stored (absent on records stored before versions). */
  updatedAt?: string;
}
