import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from './demo';
import { buyerObligations } from './obligations';
import { sha256Text } from './sha256';

describe('buyerObligations', () => {
  it('collects every CUEC with the vendor, or vendor / subcontractor, whose report states it', () => {
    let n = 0;
    const demo = buildDemoBundle({
      newId: () => `id-${++n}`,
      now: '2026-11-26T00:00:00.000Z',
      hash: sha256Text
    });
    const soc = demo.attestations.find((a) => a.type === 'soc2Type2' && a.cuecs.length > 1)!;
    const sub = demo.subcontractors[0]!;
    demo.attestations.push({
      ...soc,
      id: 'x',
      subcontractorId: sub.id,
      cuecs: ['  ', 'IaaS 側の鍵を利用者が管理する']
    });
    const list = buyerObligations(demo);
    const expected = demo.attestations.reduce(
      (count, a) => count + a.cuecs.filter((c) => c.trim()).length,
      0
    );
    expect(list).toHaveLength(expected);
    // The source names the report (type, auditor, period), not a code.
    const source = {
      type: 'soc2Type2',
      issuer: soc.issuer,
      number: soc.number,
      periodStart: soc.periodStart,
      periodEnd: soc.periodEnd
    };
    expect(soc.issuer).not.toBe('');
    expect(list).toContainEqual({
      vendorId: soc.vendorId,
      vendor: '株式会社アオバクラウド',
      source,
      obligation: '利用者側で多要素認証を有効にする'
    });
    expect(list.at(-1)).toEqual({
      vendorId: soc.vendorId,
      vendor: `株式会社アオバクラウド / ${sub.name}`,
      source,
      obligation: 'IaaS 側の鍵を利用者が管理する'
    });
  });
});
