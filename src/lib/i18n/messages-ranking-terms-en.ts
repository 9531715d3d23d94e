/** English messages of the ranking as the results page and the memo show it; same keys as `jaRankingTerms`. */
import type { jaRankingTerms } from './messages-ranking-terms';

export const enRankingTerms: Record<keyof typeof jaRankingTerms, string> = {
  'results.notReleased': 'Results are shown once the technical evaluation is closed.',
  'results.toEvaluate': 'Go to grading',
  'results.settingsIssue.missingCeiling': 'No ceiling price is set, so prices cannot be evaluated.',
  'results.settingsIssue.invalidAllocation':
    'The price allocation is not valid, so price points cannot be computed.',
  'results.settingsIssue.invalidScale':
    'The division-method scale is not valid, so evaluation values cannot be computed.',
  'results.settingsIssue.invalidSettings':
    'A scoring setting is out of its allowed range. Correct it in the evaluation criteria before relying on these figures.',
  'results.tableCaption': 'Ranking',
  'results.colRank': 'Rank',
  'results.colBase': 'Base',
  'results.colBonus': 'Bonus',
  'results.colTechnical': 'Technical',
  'results.colPrice': 'Price',
  'results.colTotal': 'Total',
  'results.colEvaluationValue': 'Evaluation value',
  'results.colBid': 'Bid',
  'results.colStanding': 'Outcome',
  'results.rank': '{rank}',
  'results.noValue': '—',
  'results.standing.ranked': 'Qualified',
  'results.standing.pending': 'Not final',
  'results.standing.disqualified': 'Disqualified',
  'results.tie': 'Tied (undecided)',
  'results.bidStatus.valid': 'Valid',
  'results.bidStatus.invalid': 'Invalid',
  'results.bidStatus.withdrawn': 'Withdrawn',
  'results.bidStatus.overCeiling': 'Over the ceiling',
  'results.lowBid.pending': 'Bid below the investigation threshold (under investigation)',
  'results.lowBid.accepted': 'Bid below the investigation threshold (accepted after investigation)',
  'results.lowBid.rejected': 'Bid below the investigation threshold (rejected after investigation)',
  'results.reason.mandatoryFailed': 'Mandatory item {ref} not met',
  'results.reason.overCeiling': 'Bid above the ceiling price',
  'results.reason.invalidBid': 'Invalid bid ({reason})',
  'results.reason.withdrawn': 'Withdrawn',
  'results.reason.missingBid': 'No bid entered',
  'results.reason.belowMinimumBonus': 'Bonus points below the minimum',
  'results.reason.belowMinimumTechnical': 'Technical points below the minimum ({minimum})',
  'results.reason.lowestLevel': 'Item {ref} graded at the lowest level (item threshold)',
  'results.reason.belowReferenceValue': 'Evaluation value below the reference evaluation value',
  'results.reason.lowBidRejected': 'Below the investigation threshold and rejected after investigation',
  'results.reason.missingGrades': '{count} {count|grade or rationale|grades or rationales} missing',
  'results.referenceValue': 'Reference evaluation value',
  'results.tiesTitle': 'Ties',
  'results.tieResolved': 'Tie at rank {rank} ({vendors}): {winner} placed first ({method})',
  'results.tieOpen':
    'Tie at rank {rank} ({vendors}): technical points do not settle it and no draw or other decision is recorded',
  'results.listSeparator': ', ',
  'explain.verdict.pass': 'Meets',
  'explain.verdict.fail': 'Does not meet',
  'results.settingsIssue.missingPriceParameter':
    'The floor price, threshold or slope factor the price formula needs is missing or invalid, so price points cannot be computed.'
};
