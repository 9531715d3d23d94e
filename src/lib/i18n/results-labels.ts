/**
 * Static maps from the results stage's codes (reasons, standings, bids, open points) to message
 * keys, and the wording of a reason or an open point; the explanation's figures and formula terms
 * are in `explain-labels.ts` (the memo prints none of them). Keys are never built at run time, so a
 * code without a message is a type error here.
 */
import type { AttestationStatus } from '$lib/domain/attestation-status';
import type { OpenPoint, OpenPointPlace } from '$lib/domain/memo';
import type {
  AttestationType,
  BidStatus,
  PassRule,
  PriceFormula,
  PriceMethod,
  RoundingMode
} from '$lib/domain/model';
import type { Standing } from '$lib/domain/ranking-rows';
import type { Reason, SettingsIssue } from '$lib/domain/scoring';
import { registerOutcomeKey } from './register-labels';
import { attestationTypeKey } from './attestation-labels';
import type { MessageKey, MessageParams } from './messages';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const standingKey: Record<Standing, MessageKey> = {
  ranked: 'results.standing.ranked',
  pending: 'results.standing.pending',
  disqualified: 'results.standing.disqualified'
};

export const bidStatusKey: Record<BidStatus, MessageKey> = {
  valid: 'results.bidStatus.valid',
  invalid: 'results.bidStatus.invalid',
  withdrawn: 'results.bidStatus.withdrawn',
  overCeiling: 'results.bidStatus.overCeiling'
};

export const lowBidKey: Record<'pending' | 'accepted' | 'rejected', MessageKey> = {
  pending: 'results.lowBid.pending',
  accepted: 'results.lowBid.accepted',
  rejected: 'results.lowBid.rejected'
};

export const settingsIssueKey: Record<SettingsIssue, MessageKey> = {
  missingCeiling: 'results.settingsIssue.missingCeiling',
  missingPriceParameter: 'results.settingsIssue.missingPriceParameter',
  invalidAllocation: 'results.settingsIssue.invalidAllocation',
  invalidScale: 'results.settingsIssue.invalidScale',
  invalidSettings: 'results.settingsIssue.invalidSettings'
};

export const attestationStatusKey: Record<AttestationStatus, MessageKey> = {
  valid: 'vendor.status.valid',
  expired: 'vendor.status.expired',
  stale: 'vendor.status.stale',
  qualified: 'vendor.status.qualified',
  outOfScope: 'vendor.status.outOfScope',
  unverified: 'vendor.status.unverified'
};

export const priceMethodKey: Record<PriceMethod, MessageKey> = {
  none: 'scoring.priceMethod.none',
  additive: 'scoring.priceMethod.additive',
  division: 'scoring.priceMethod.division'
};

export const priceFormulaKey: Record<PriceFormula, MessageKey> = {
  standard: 'scoring.priceFormula.standard',
  lowestRatio: 'scoring.priceFormula.lowestRatio',
  withFloor: 'scoring.priceFormula.withFloor',
  reducedSlope: 'scoring.priceFormula.reducedSlope'
};

export const passRuleKey: Record<PassRule, MessageKey> = {
  majority: 'scoring.passRule.majority',
  unanimous: 'scoring.passRule.unanimous'
};

export const roundingModeKey: Record<RoundingMode, MessageKey> = {
  floor: 'scoring.rounding.floor',
  halfUp: 'scoring.rounding.halfUp',
  none: 'scoring.rounding.none'
};

/** The note beside a rounded figure, in the criteria page's words. */
export function roundingNote(t: Translate, mode: RoundingMode, decimals: number): string {
  if (mode === 'none') return t('scoring.roundingNote.none');
  if (mode === 'floor')
    return decimals ? t('scoring.roundingNote.floor', { decimals }) : t('scoring.roundingNote.floorInteger');
  return decimals ? t('scoring.roundingNote.halfUp', { decimals }) : t('scoring.roundingNote.halfUpInteger');
}

export function reasonText(t: Translate, reason: Reason): string {
  switch (reason.code) {
    case 'mandatoryFailed':
      return t('results.reason.mandatoryFailed', { ref: reason.ref });
    case 'overCeiling':
      return t('results.reason.overCeiling');
    case 'invalidBid':
      return t('results.reason.invalidBid', { reason: reason.reason });
    case 'withdrawn':
      return t('results.reason.withdrawn');
    case 'missingBid':
      return t('results.reason.missingBid');
    case 'belowMinimumBonus':
      return t('results.reason.belowMinimumBonus');
    case 'belowMinimumTechnical':
      return t('results.reason.belowMinimumTechnical', { minimum: reason.minimum });
    case 'lowestLevel':
      return t('results.reason.lowestLevel', { ref: reason.ref });
    case 'belowReferenceValue':
      return t('results.reason.belowReferenceValue');
    case 'lowBidRejected':
      return t('results.reason.lowBidRejected');
    case 'missingGrades':
      return t('results.reason.missingGrades', { count: reason.count });
  }
}

export function openPointText(t: Translate, point: OpenPoint): string {
  const attestationType = (type: AttestationType) => t(attestationTypeKey[type]);
  const list = (names: string[]) => names.join(t('results.listSeparator'));
  switch (point.code) {
    case 'criteriaNotLocked':
      return t('memo.open.criteriaNotLocked');
    case 'technicalNotLocked':
      return t('memo.open.technicalNotLocked');
    case 'noSelection':
      return t('memo.open.noSelection');
    case 'settingsIssue':
      return t(settingsIssueKey[point.issue]);
    case 'missingGrades':
      return t('memo.open.missingGrades', { count: point.count });
    case 'missingRationales':
      return t('memo.open.missingRationales', { count: point.count });
    case 'missingBid':
      return t('memo.open.missingBid', { vendor: point.company });
    case 'lowBidPending':
      return t('memo.open.lowBidPending', { vendor: point.company });
    case 'unresolvedTie':
      return t('memo.open.unresolvedTie', { vendors: list(point.companies) });
    case 'unresolvedDisagreement':
      return t('memo.open.unresolvedDisagreement', { vendor: point.company, ref: point.ref });
    case 'evidenceNotValid':
      return t(
        point.when === 'deadline' ? 'memo.open.evidenceAtDeadline' : 'memo.open.evidenceAtContractEnd',
        {
          holder: point.holder,
          type: attestationType(point.type),
          status: t(attestationStatusKey[point.status])
        }
      );
    case 'evidenceWithoutStatus':
      return t('memo.open.evidenceWithoutStatus', {
        holder: point.holder,
        type: attestationType(point.type)
      });
    case 'evidenceNotVerified':
      return t('memo.open.evidenceNotVerified', {
        holder: point.holder,
        type: attestationType(point.type)
      });
    case 'evidenceRegisterOutcome':
      return t(
        point.ofSubcontractor ? 'memo.open.evidenceRegisterOutcomeSub' : 'memo.open.evidenceRegisterOutcome',
        {
          vendor: point.company,
          holder: point.holder,
          type: attestationType(point.type),
          number: parenthesised(t, point.number),
          outcome: t(registerOutcomeKey[point.outcome]),
          sha: point.sha256.slice(0, 12)
        }
      );
    case 'evidenceException':
      return t('memo.open.evidenceException', {
        holder: point.holder,
        type: attestationType(point.type),
        criterion: point.criterion || '—',
        description: point.description,
        refs: point.refs.length ? point.refs.join(', ') : t('memo.open.noRefs')
      });
    case 'evidenceQualified':
      return t('memo.open.evidenceQualified', {
        holder: point.holder,
        type: attestationType(point.type),
        criteria: point.criteria.join(', '),
        refs: point.refs.length ? point.refs.join(', ') : t('memo.open.noRefs')
      });
    case 'carveOutWithoutReport':
      return t('memo.open.carveOutWithoutReport', {
        vendor: point.company,
        name: point.name,
        unlinked: point.linked ? '' : t('memo.open.carveOutUnlinked')
      });
    case 'criticalSubcontractorUncovered':
      return t('memo.open.criticalSubcontractorUncovered', {
        vendor: point.company,
        name: point.name,
        role: parenthesised(t, point.role)
      });
  }
}

export const openPointPlaceKey: Record<OpenPointPlace, MessageKey> = {
  criteria: 'memo.place.criteria',
  grading: 'memo.place.grading',
  priceOpening: 'memo.place.priceOpening',
  ties: 'memo.place.ties',
  evidence: 'memo.place.evidence'
};

/** The open point with the place in the app where it is settled (`openPointPlace`). */
export function openPointWithPlace(t: Translate, point: OpenPoint, place: OpenPointPlace): string {
  return t('memo.openPlace', { point: openPointText(t, point), place: t(openPointPlaceKey[place]) });
}

/** `（text）`, or nothing for a blank text: a document never prints empty brackets. */
export function parenthesised(t: Translate, text: string): string {
  return text.trim() === '' ? '' : t('memo.paren', { text: text.trim() });
}
