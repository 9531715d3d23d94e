/**
 * The ties of a ranking as the results page and the memo name them: the companies, the winner and
 * the recorded resolution (くじ etc.). Its own module so the results page does not carry the memo.
 */
import type { Id, ProcurementBundle } from './model';
import type { ScoringResult } from './scoring';

export interface MemoTie {
  rank: number;
  companies: string[];
  winner: string | null;
  method: string;
  note: string;
}

/** The ties of the ranking, with the recorded resolution (くじ etc.) of each settled one. */
export function tieRecords(bundle: ProcurementBundle, result: ScoringResult): MemoTie[] {
  const company = (id: Id) => bundle.vendors.find((v) => v.id === id)?.company ?? '';
  const sameSet = (a: readonly Id[], b: readonly Id[]) =>
    a.length === b.length && a.every((id) => b.includes(id));
  return result.ties.map((t) => {
    const recorded =
      t.winnerId === null
        ? undefined
        : (bundle.procurement.tieResolutions ?? []).find(
            (r) => r.winnerId === t.winnerId && sameSet(r.vendorIds, t.vendorIds)
          );
    return {
      rank: t.rank,
      companies: t.vendorIds.map(company),
      winner: t.winnerId === null ? null : company(t.winnerId),
      method: recorded?.method ?? '',
      note: recorded?.note ?? ''
    };
  });
}
