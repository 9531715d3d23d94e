import { describe, expect, it } from 'vitest';
import { randomBundle } from '$lib/testing/scoring-workbook';
import { bundleStamp } from './bundle-stamp';
import type { ProcurementBundle } from './model';

const base = () => randomBundle({ vendors: 2, requirements: 5, evaluators: 2, seed: 7 });

describe('bundleStamp', () => {
  it('is equal for equal data, and for the same data without the evidence bytes', () => {
    const bundle = base();
    expect(bundleStamp(structuredClone(bundle))).toBe(bundleStamp(bundle));
    const files = {
      ...bundle,
      evidenceBlobs: [{ id: 'f', procurementId: bundle.procurement.id, data: new ArrayBuffer(4) }]
    };
    expect(bundleStamp({ ...files, evidenceBlobs: [] })).toBe(bundleStamp(files));
  });

  it.each<[string, (b: ProcurementBundle) => ProcurementBundle]>([
    ['another procurement', (b) => ({ ...b, procurement: { ...b.procurement, id: 'other' } })],
    [
      'a later change',
      (b) => ({ ...b, procurement: { ...b.procurement, updatedAt: '2099-01-01T00:00:00.000Z' } })
    ],
    [
      'another version',
      (b) => ({ ...b, procurement: { ...b.procurement, version: (b.procurement.version ?? 0) + 1 } })
    ],
    [
      'another audit head',
      (b) => ({ ...b, procurement: { ...b.procurement, auditHead: { seq: 99, hash: 'h' } } })
    ],
    ['a grade fewer', (b) => ({ ...b, grades: b.grades.slice(1) })],
    ['a vendor fewer', (b) => ({ ...b, vendors: b.vendors.slice(1) })]
  ])('differs for %s', (_, change) => {
    const bundle = base();
    expect(bundleStamp(change(bundle))).not.toBe(bundleStamp(bundle));
  });
});
