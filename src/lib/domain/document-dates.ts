/**
 * The one rule of which date style a procurement's documents (the 選定理由書, the scoring workbook)
 * use: the style chosen for the procurement, else the default for its buyer — 和暦 for a 政府機関等,
 * whose documents are dated that way, 西暦 for an enterprise. The screen keeps the user's own style.
 */
import type { BuyerKind, DocumentDateStyle, Procurement } from './model';

const DEFAULT_BY_BUYER: Record<BuyerKind, DocumentDateStyle> = {
  government: 'japanese',
  enterprise: 'western'
};

/** The default a procurement's documents follow when no style is chosen for it. */
export function defaultDocumentDateStyle(buyerKind: BuyerKind): DocumentDateStyle {
  return DEFAULT_BY_BUYER[buyerKind];
}

export function documentDateStyle(
  procurement: Pick<Procurement, 'buyerKind' | 'documentDateStyle'>
): DocumentDateStyle {
  return procurement.documentDateStyle ?? defaultDocumentDateStyle(procurement.buyerKind);
}
