// Measurements for the imports that read in a worker (column-mapped answers, licensed text, CAIQ),
// run by tests/bench/imports.mjs through Vite (TypeScript, $lib). Inputs are generated
// deterministically; each figure is a median of repeated runs. For each import: the parse the
// worker does (what froze the page when it ran on the main thread), and what is left on the main
// thread with the worker, whose longest span is taking a message back: deserialising the largest
// (V8's serializer, which postMessage uses; the worker serialises it). The zip bomb: the
// directory check that refuses it against SheetJS inflating it, the freeze it used to cause.
import { deserialize, serialize } from 'node:v8';
import * as XLSX from 'xlsx';
import { runTableJob, type TableJob } from '$lib/io/table-read';
import { handleTableRead, type TableReadMessage } from '$lib/io/table-read.worker';
import { readTable } from '$lib/io/spreadsheet-read';
import { buildZip, zerosBomb } from '$lib/testing/zip';
import { caiqWorkbook, xlsx } from './import-longtasks-inputs';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(work: () => T, repeat: number): { ms: number; result: T } {
  const samples: number[] = [];
  let result!: T;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    result = work();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), result };
}

const ANSWERS = ['対応', '一部対応', '未対応', '○', '×'];

/** A vendor's own checklist: a title, a header, then one row per question. */
function vendorChecklist(rows: number): Uint8Array {
  const body = Array.from({ length: rows }, (_, i) => [
    `Q-${String(i + 1).padStart(5, '0')}`,
    `${(i % 14) + 5} 分野`,
    `質問 ${i + 1}: クラウドサービスの管理策について、実施状況と第三者による保証の有無を示してください。`,
    ANSWERS[i % ANSWERS.length]!,
    `当社サービスでは質問 ${i + 1} の管理策を実施しており、年次の外部監査で確認を受けている。`,
    `ホワイトペーパー 第${(i % 12) + 1}章 p.${(i % 80) + 1}`
  ]);
  return xlsx({
    表紙: [['セキュリティチェックシート'], ['回答日: 2025-05-10']],
    回答: [['事業者回答'], ['番号', '分野', '質問', '回答', '説明', '根拠資料'], ...body]
  });
}

/** A licensed standard's text: one control a row, some continued on the next row. */
function licensedText(controls: number): { bytes: Uint8Array; knownIds: string[] } {
  const rows: string[][] = [['管理策番号', '管理策本文']];
  const knownIds: string[] = [];
  for (let i = 0; i < controls; i++) {
    const id = `${(i % 14) + 5}.${Math.floor(i / 14) + 1}.${(i % 3) + 1}`;
    knownIds.push(`bench:${id}`);
    rows.push([id, `組織は、管理策 ${id} に関する方針を定め、承認し、周知しなければならない。`]);
    if (i % 4 === 0) rows.push(['', `管理策 ${id} の実施の手引き: 定期的に見直すこと。`]);
  }
  return { bytes: xlsx({ 本文: rows }), knownIds };
}

interface ImportFigures {
  name: string;
  input: string;
  fileBytes: number;
  /** What the worker does: readTable and the parse. */
  parseMs: number;
  /** The longest main-thread span with the worker: deserialising its largest message. */
  mainThreadMs: number;
  /** Items the import read, to check the input was read at all. */
  items: number;
}

function measure(
  name: string,
  input: string,
  bytes: Uint8Array,
  fileName: string,
  job: TableJob
): ImportFigures {
  const run = () => runTableJob(bytes, fileName, job);
  run();
  const parsed = time(run, 7);
  const data = parsed.result.data;
  if (!data) throw new Error(`${name}: nothing read (${JSON.stringify(parsed.result.issues.slice(0, 3))})`);
  const items =
    'sheets' in data ? data.sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0) : data.entries.length;
  // The messages the worker posts (a table's rows in slices), each received in its own task.
  const messages: TableReadMessage[] = [];
  handleTableRead({ bytes: bytes.slice().buffer, fileName, job }, (message) => messages.push(message));
  const received = messages.map((message) => {
    const serialized = serialize(message);
    return time(() => deserialize(serialized) as unknown, 7).ms;
  });
  const mainThreadMs = Math.max(...received);
  return { name, input, fileBytes: bytes.byteLength, parseMs: parsed.ms, mainThreadMs, items };
}

export function importFigures(sizes: {
  mappedRows: number[];
  licensedControls: number;
  caiqQuestions: number;
}) {
  const imports: ImportFigures[] = sizes.mappedRows.map((rows) =>
    measure('column-mapped', `${rows} rows × 6 columns`, vendorChecklist(rows), 'checklist.xlsx', {
      kind: 'table'
    })
  );
  const licensed = licensedText(sizes.licensedControls);
  imports.push(
    measure('licensed text', `${sizes.licensedControls} controls`, licensed.bytes, 'text.xlsx', {
      kind: 'licensedText',
      knownIds: licensed.knownIds
    }),
    measure('CAIQ', `${sizes.caiqQuestions} questions`, caiqWorkbook(sizes.caiqQuestions), 'caiq.xlsx', {
      kind: 'caiq'
    })
  );

  // The bomb: 40 entries of 8 MB of zeros, 320 MB declared, a few hundred KB on disk.
  const bomb = buildZip(zerosBomb(40, 8 * 2 ** 20));
  const refused = time(() => readTable(bomb, 'bomb.xlsx'), 7);
  if (refused.result.issues[0]?.code !== 'unzippedTooLarge') throw new Error('the zip bomb was not refused');
  // What the main thread used to do before failing: SheetJS inflating every entry.
  const inflated = time(() => {
    try {
      XLSX.read(bomb, { type: 'array', dense: true });
    } catch {
      // SheetJS gives up once inflated: the entries are no workbook.
    }
  }, 1);
  return {
    imports,
    bomb: {
      fileBytes: bomb.byteLength,
      unzippedBytes: 320 * 2 ** 20,
      refuseMs: refused.ms,
      inflateMs: inflated.ms
    }
  };
}
