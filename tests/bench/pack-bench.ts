// Measurements for the questionnaire pack, run by tests/bench/pack.mjs through Vite (TypeScript,
// $lib). Inputs are generated deterministically; each figure is a median of repeated runs. The
// import is compared with its floor: SheetJS reading the same bytes with the same options.
import * as XLSX from 'xlsx';
import type { Requirement } from '$lib/domain/model';
import { buildPackXlsx, type PackInput } from '$lib/io/pack-export';
import { parsePack } from '$lib/io/pack-import';
import { readTable } from '$lib/io/spreadsheet-read';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time<T>(work: () => T | Promise<T>, repeat: number): Promise<{ ms: number; result: T }> {
  const samples: number[] = [];
  let result!: T;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    result = await work();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), result };
}

function generatedSpec(count: number): Requirement[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `req-${String(i).padStart(5, '0')}`,
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

const ANSWERS = ['対応', '一部対応', '未対応'];

/** What a vendor does: an answer, an explanation and an evidence reference on every row. */
function fill(bytes: Uint8Array, count: number): Uint8Array {
  const book = XLSX.read(bytes, { type: 'array' });
  const sheet = book.Sheets['要件']!;
  const rows = Array.from({ length: count }, (_, i) => [
    ANSWERS[i % 3]!,
    `当社サービスでは要件 ${i + 1} の管理策を実施しており、年次の外部監査で確認を受けている。`,
    `セキュリティホワイトペーパー 第${(i % 12) + 1}章 p.${(i % 80) + 1}`
  ]);
  XLSX.utils.sheet_add_aoa(sheet, rows, { origin: 'G2' });
  return new Uint8Array(
    XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer
  );
}

export async function packRoundTrip(count: number) {
  const requirements = generatedSpec(count);
  const input: PackInput = {
    procurementTitle: 'ベンチマーク調達',
    organisation: '架空省',
    vendor: { id: 'vendor-1', company: 'ベンチ株式会社', serviceName: 'Bench Cloud' },
    criteria: { version: 1, hash: 'a'.repeat(64) },
    requirements,
    locale: 'ja',
    exportedAt: '2025-05-10T03:00:00.000Z'
  };
  // The first export also loads ExcelJS; it is timed apart from the steady state.
  const first = await time(() => buildPackXlsx(input), 1);
  const exported = await time(() => buildPackXlsx(input), 5);
  const filled = fill(exported.result, count);
  const expected = { requirements, vendorId: input.vendor.id };
  const parse = () => {
    const table = readTable(filled, 'pack.xlsx');
    return parsePack(table.data!, expected);
  };
  parse();
  const imported = await time(parse, 9);
  // Floor: SheetJS alone, with the options readTable uses (values only, dense).
  const floor = await time(
    () =>
      XLSX.read(filled, { type: 'array', cellFormula: false, cellHTML: false, cellText: true, dense: true }),
    9
  );
  const defaults = await time(() => XLSX.read(filled, { type: 'array' }), 9);
  const answers = imported.result.data?.answers ?? [];
  return {
    count,
    packBytes: exported.result.byteLength,
    filledBytes: filled.byteLength,
    firstExportMs: first.ms,
    exportMs: exported.ms,
    importMs: imported.ms,
    floorMs: floor.ms,
    defaultReadMs: defaults.ms,
    answered: answers.filter((answer) => answer.answer !== null).length,
    issues: imported.result.issues.length
  };
}
