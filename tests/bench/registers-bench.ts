// Measurements for register matching, run by tests/bench/registers.mjs through Vite (TypeScript,
// $lib). A 5,000-row ISMAP-shaped register (title rows, 更新日, renamed heading) is parsed once; then
// 30 vendors × 10 attestations are matched against it: index built and every claim matched, median
// of repeated runs after a warm-up. A third of the claims match by number (typed full-width), a
// third by name only (written with ㈱ in half width), a third are not listed (each scans every
// company name for a near miss: the slowest path).
import { indexRegister, matchClaim, type RegisterClaim } from '$lib/domain/registers/match';
import { parseRegister } from '$lib/domain/registers/parse';
import { ismapSheets, registerLayout, syntheticRegister } from '$lib/testing/registers';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const toFullWidth = (text: string) =>
  text.replace(/[0-9A-Za-z-]/g, (c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));

export function matching(registerRows = 5000, vendors = 30, perVendor = 10) {
  const layout = registerLayout('ismap');
  const rows = syntheticRegister(registerRows);
  const parsedStart = performance.now();
  const parsed = parseRegister(ismapSheets(rows), [layout]).data;
  const parseMs = performance.now() - parsedStart;
  if (!parsed || parsed.entries.length !== registerRows) throw new Error('the register did not parse');
  const claims: RegisterClaim[] = [];
  for (let v = 0; v < vendors; v++) {
    for (let a = 0; a < perVendor; a++) {
      const i = (v * perVendor + a) * 13;
      const row = rows[i % rows.length]!;
      const kind = (v * perVendor + a) % 3;
      claims.push({
        type: 'ismap',
        number: kind === 0 ? toFullWidth(row.number) : '',
        company:
          kind === 1
            ? row.company.replace('株式会社', '㈱')
            : kind === 2
              ? `未登録${i}サービス合同会社`
              : row.company,
        services: [row.service],
        expiry: null,
        cloudAddOn: false
      });
    }
  }
  const outcomes = new Map<string, number>();
  const run = () => {
    const index = indexRegister(layout, parsed.entries);
    return claims.map((claim) => matchClaim(index, claim, '2025-06-01'));
  };
  for (const outcome of run()) outcomes.set(outcome.kind, (outcomes.get(outcome.kind) ?? 0) + 1);
  const samples: number[] = [];
  const indexSamples: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    const index = indexRegister(layout, parsed.entries);
    indexSamples.push(performance.now() - start);
    for (const claim of claims) matchClaim(index, claim, '2025-06-01');
    samples.push(performance.now() - start);
  }
  return {
    registerRows,
    claims: claims.length,
    ms: median(samples),
    indexMs: median(indexSamples),
    parseMs,
    outcomes: Object.fromEntries(outcomes)
  };
}
