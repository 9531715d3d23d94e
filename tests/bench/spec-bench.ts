// Measurements for the spec stage, run by tests/bench/spec.mjs through Vite (TypeScript, $lib).
// Inputs are generated deterministically; each figure is a median of repeated runs, with the
// bare work (a plain scan, node:crypto on the same text) as the floor it is compared to.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '$lib/domain/catalogue';
import { canonicalJson } from '$lib/domain/canonical';
import { criteriaHash, criteriaPayload } from '$lib/domain/criteria';
import { defaultSettings } from '$lib/domain/defaults';
import type { Requirement } from '$lib/domain/model';
import { sha256Text } from '$lib/domain/sha256';
import { filterEntries, indexCatalogues, normalise, type CatalogueFilter } from '$lib/domain/spec';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(work: () => unknown, repeat: number): number {
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** What a user types, one keystroke at a time, in Japanese and English. */
const TYPED = ['アクセス', 'ログの取得', 'cld.9.5', 'encryption key', '委託先', 'CC6'];

export function catalogueFilter(repoRoot: string) {
  const dir = join(repoRoot, 'questionnaires', 'catalogues');
  const catalogues = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Catalogue);
  const index = indexCatalogues(catalogues);
  const keystrokes = TYPED.flatMap((word) => [...word].map((_, i) => word.slice(0, i + 1)));
  const base: CatalogueFilter = {
    catalogueIds: [],
    clause: null,
    appliesTo: null,
    cloudOnly: false,
    text: ''
  };
  const perKeystroke = keystrokes.map((text) => time(() => filterEntries(index, { ...base, text }), 25));
  // Floor: the bare scan, a substring test per entry with no filter logic.
  const haystacks = index.map((i) => i.haystack);
  const floor = keystrokes.map((text) => {
    const needle = normalise(text);
    return time(() => haystacks.filter((h) => h.includes(needle)), 25);
  });
  const indexMs = time(() => indexCatalogues(catalogues), 10);
  return {
    entries: index.length,
    keystrokes: keystrokes.length,
    medianMs: median(perKeystroke),
    worstMs: Math.max(...perKeystroke),
    floorMedianMs: median(floor),
    indexMs
  };
}

function generatedSpec(count: number): Requirement[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `r${i}`,
    procurementId: 'bench',
    order: i,
    ref: `R-${String(i + 1).padStart(4, '0')}`,
    domain: `${(i % 14) + 5} 分野`,
    title: `要件 ${i + 1}: クラウドサービスの管理策に関する要求事項`,
    text: `事業者は、要件 ${i + 1} に関して、管理策の実施状況と第三者による保証の有無を示すこと。`.repeat(2),
    kind: i % 5 === 0 ? 'mandatory' : 'scored',
    basePoints: i % 5 === 0 ? (i % 4) + 1 : 0,
    points: i % 5 === 0 ? 0 : (i % 4) + 1,
    appliesTo: 'csp',
    acceptedAttestations: ['ismap', 'soc2Type2'],
    controlRefs: [`iso27002:${(i % 14) + 5}.1.1`],
    sourceRef: null
  }));
}

export function lockHash(count: number) {
  const requirements = generatedSpec(count);
  const settings = { ...defaultSettings(), ceilingPrice: 100_000_000 };
  const text = canonicalJson(criteriaPayload(requirements, settings));
  const totalMs = time(() => criteriaHash(requirements, settings, sha256Text), 9);
  const hashOnlyMs = time(() => sha256Text(text), 9);
  const floorMs = time(() => createHash('sha256').update(text, 'utf8').digest('hex'), 9);
  const same =
    criteriaHash(requirements, settings, sha256Text) ===
    createHash('sha256').update(text, 'utf8').digest('hex');
  return { count, bytes: Buffer.byteLength(text), totalMs, hashOnlyMs, floorMs, same };
}
