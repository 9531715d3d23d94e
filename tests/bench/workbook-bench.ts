// Measurements for the scoring workbook, run by tests/bench/workbook.mjs through Vite (TypeScript,
// $lib). The input is generated deterministically (30 vendors × 1,500 requirements × 5 evaluators,
// with answers); each figure is a median of repeated runs. The floor is ExcelJS writing the same
// cell values bare — every sheet, every cell, formulas replaced by their values, no styles.
import ExcelJS from 'exceljs';
import { verifyChain } from '$lib/domain/audit';
import { scoreProcurement } from '$lib/domain/scoring';
import { scoringInputOf } from '$lib/domain/scoring-input';
import { sha256Text } from '$lib/domain/sha256';
import { randomDraws } from '$lib/domain/stability';
import { buildScoringWorkbook, type ScoringWorkbookInput } from '$lib/io/scoring-workbook';
import { randomBundle } from '$lib/testing/scoring-workbook';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Peak RSS and heap during an export (on a timer and at each progress report), and before it. */
function memoryProbe() {
  const before = process.memoryUsage();
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  const timer = setInterval(sample, 20);
  return {
    sample,
    stop: () => {
      clearInterval(timer);
      sample();
      return { rss, heap, baseRss: before.rss, baseHeap: before.heapUsed };
    }
  };
}

type Value = ExcelJS.CellValue;

/** Every sheet's cell values as the file holds them, formulas replaced by their cached results. */
async function cellValues(bytes: Uint8Array): Promise<{ name: string; rows: Value[][] }[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets.map((sheet) => {
    const rows: Value[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const values: Value[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const v = cell.value;
        values[column - 1] =
          v !== null && typeof v === 'object' && 'formula' in v ? ((v.result ?? null) as Value) : v;
      });
      rows[number - 1] = values;
    });
    return { name: sheet.name, rows };
  });
}

async function bareWrite(sheets: { name: string; rows: Value[][] }[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const { name, rows } of sheets) {
    const sheet = book.addWorksheet(name);
    rows.forEach((values, i) => {
      if (values) sheet.getRow(i + 1).values = values;
    });
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export async function workbookExport(size: {
  vendors: number;
  requirements: number;
  evaluators: number;
  repeat: number;
}) {
  const bundle = randomBundle({ ...size, seed: 7, responses: true, consensus: true });
  const scoring = scoringInputOf(bundle);
  const startScore = performance.now();
  const result = scoreProcurement(scoring);
  const scoreMs = performance.now() - startScore;
  const input: ScoringWorkbookInput = {
    bundle,
    result,
    attestationTypes: [],
    today: '2025-03-01',
    chain: verifyChain(bundle.audit, sha256Text, bundle.procurement.auditHead),
    stability: { mode: 'drawsOnly', oneAtATime: null, draws: randomDraws(scoring) },
    exportedAt: '2025-04-01T00:00:00.000Z'
  };
  // A first export warms the JIT and gives the floor its values; then the two alternate, so a
  // change of load on the machine weighs on both alike.
  let bytes: Uint8Array = await buildScoringWorkbook(input);
  const sheets = await cellValues(bytes);
  const cells = sheets.reduce(
    (n, s) => n + s.rows.reduce((m, r) => m + (r ? r.filter((v) => v != null).length : 0), 0),
    0
  );
  let floorBytes: Uint8Array = await bareWrite(sheets);
  const exportMs: number[] = [];
  const floorMs: number[] = [];
  let peak = { rss: 0, heap: 0, baseRss: 0, baseHeap: 0 };
  for (let i = 0; i < size.repeat; i++) {
    const probe = memoryProbe();
    let start = performance.now();
    bytes = await buildScoringWorkbook(input, { onProgress: probe.sample });
    exportMs.push(performance.now() - start);
    const p = probe.stop();
    if (p.rss > peak.rss) peak = p;
    start = performance.now();
    floorBytes = await bareWrite(sheets);
    floorMs.push(performance.now() - start);
  }
  return {
    scoreMs,
    exportMs: median(exportMs),
    floorMs: median(floorMs),
    bytes: bytes.byteLength,
    floorBytes: floorBytes.byteLength,
    cells,
    peakRss: peak.rss,
    peakHeap: peak.heap,
    /** Before that export: the generated procurement and the floor's values are held already. */
    baseRss: peak.baseRss,
    baseHeap: peak.baseHeap
  };
}
