/**
 * The rank: qualified vendors by the figure the price method ranks by (総合評価点 or 評価値),
 * descending, then the higher 技術点; competition ranking (1, 1, 3). A tie that remains is settled
 * only by a recorded resolution for exactly that group (くじ etc.): its winner keeps the rank,
 * the others share the next; otherwise the group is flagged as a tie.
 */
import type { Id, ScoringSettings } from '../model';
import { rankFigureOf } from '../price';
import { compare } from '../rounding';
import type { Figure, ScoringInput, TieGroup, VendorResult } from './types';

/** Sets `rank`, `tie` and `tiedWith` on the results; returns the ranked vendors in rank order and the ties. */
export function rankVendors(
  results: VendorResult[],
  settings: ScoringSettings,
  tieResolutions: NonNullable<ScoringInput['tieResolutions']>
): { ranked: VendorResult[]; ties: TieGroup[] } {
  const rankKey = (r: VendorResult): Figure | null => rankFigureOf(r, settings);
  const ranked = results.filter((r) => r.qualified && rankKey(r) && r.technicalPoints);
  const order = (a: VendorResult, b: VendorResult): number =>
    compare(rankKey(b)!.rounded, rankKey(a)!.rounded) ||
    compare(b.technicalPoints!.rounded, a.technicalPoints!.rounded);
  ranked.sort(order);
  const ties: TieGroup[] = [];
  for (let i = 0; i < ranked.length;) {
    let j = i + 1;
    while (j < ranked.length && order(ranked[i]!, ranked[j]!) === 0) j++;
    const group = ranked.slice(i, j);
    const ids = group.map((r) => r.vendorId);
    for (const r of group) r.rank = i + 1;
    if (group.length > 1) {
      const sameSet = (list: Id[]) => list.length === ids.length && ids.every((id) => list.includes(id));
      const resolution = tieResolutions.find((t) => sameSet(t.vendorIds) && ids.includes(t.winnerId));
      const winnerId = resolution?.winnerId ?? null;
      ties.push({ vendorIds: ids, rank: i + 1, winnerId });
      const rest = group.filter((r) => r.vendorId !== winnerId);
      for (const r of rest) {
        if (winnerId !== null) r.rank = i + 2;
        r.tie = rest.length > 1;
        r.tiedWith = rest.length > 1 ? rest.map((x) => x.vendorId).filter((id) => id !== r.vendorId) : [];
      }
      if (winnerId !== null) {
        // The winner first, the others after it in the order of their ids.
        const winner = group.find((r) => r.vendorId === winnerId)!;
        ranked.splice(i, group.length, winner, ...rest);
      }
    }
    i = j;
  }
  return { ranked, ties };
}
