/**
 * A procurement's bundle in parts, for a read done in a worker (`state/bundle-read.worker.ts`):
 * the head (the procurement, and every collection empty) and then each collection's rows in parts
 * of at most `PART_ROWS`. Each part is a message of its own, so the page unpacks a large bundle
 * (225,000 grades at 30 vendors × 1,500 requirements × 5 evaluators) in many short tasks, not one
 * long one.
 */
import { BUNDLE_COLLECTIONS, type BundleCollection, type ProcurementBundle } from '$lib/domain/model';

/** Rows per part: the page unpacks each part in a task of its own. */
export const PART_ROWS = 5_000;

export interface BundlePart {
  collection: BundleCollection;
  rows: unknown[];
}

/** The bundle's head and its parts, in the bundle's order; the bundle itself is not changed. */
export function bundleParts(
  bundle: ProcurementBundle,
  partRows = PART_ROWS
): { head: ProcurementBundle; parts: BundlePart[] } {
  const head = { ...bundle };
  const parts: BundlePart[] = [];
  for (const collection of BUNDLE_COLLECTIONS) {
    const rows = bundle[collection] as unknown[];
    (head as Record<BundleCollection, unknown[]>)[collection] = [];
    for (let from = 0; from < rows.length; from += partRows) {
      parts.push({ collection, rows: rows.slice(from, from + partRows) });
    }
  }
  return { head, parts };
}

/** The bundle again from its head and its parts, taken in the order they were made. */
export function joinBundle(head: ProcurementBundle, parts: readonly BundlePart[]): ProcurementBundle {
  const rowsOf = new Map<BundleCollection, unknown[][]>();
  for (const { collection, rows } of parts) {
    const list = rowsOf.get(collection);
    if (list) list.push(rows);
    else rowsOf.set(collection, [rows]);
  }
  const bundle = { ...head };
  // One concat per collection: pushing 225,000 rows one by one took some 85 ms on the page.
  for (const collection of BUNDLE_COLLECTIONS) {
    (bundle as Record<BundleCollection, unknown[]>)[collection] = ([] as unknown[]).concat(
      ...(rowsOf.get(collection) ?? [])
    );
  }
  return bundle;
}

/** What a part may move to the page instead of copying: the evidence files' bytes. */
export function transferOf(part: BundlePart): ArrayBuffer[] {
  if (part.collection !== 'evidenceBlobs') return [];
  const buffers = new Set<ArrayBuffer>();
  for (const row of part.rows as ProcurementBundle['evidenceBlobs']) buffers.add(row.data);
  return [...buffers];
}
