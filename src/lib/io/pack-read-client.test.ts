import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Papa from 'papaparse';
import type { Requirement } from '../domain/model';
import { encodeShiftJis, utf8WithBom } from './encoding';
import { buildPackCsv, buildPackXlsx } from './pack-export';
import { PACK_COLUMN_INDEX } from './pack-format';
import { PACK_PROGRESS_ROWS, readPack, type PackExpectation } from './pack-import';
import { PACK_READ_MAX_BYTES, readPackOffThread, type PackReadProgress } from './pack-read-client';
import { handlePackRead, type PackReadMessage, type PackReadRequest } from './pack-read.worker';
import { fakeWorkerClass } from '$lib/testing/fake-worker';
import { REQUIREMENTS, VENDOR_ID, packInput, requirement } from '$lib/testing/pack';
import { TABLE_MAX_BYTES } from './spreadsheet-read';

const EXPECTED: PackExpectation = { requirements: REQUIREMENTS, vendorId: VENDOR_ID };
const LABELS = ['対応', '一部対応', '未対応'];

/** An exported CSV pack with every answer cell filled in. */
async function filledCsv(
  requirements: Requirement[] = REQUIREMENTS,
  encoding: 'utf-8-bom' | 'shift_jis' = 'utf-8-bom'
): Promise<Uint8Array> {
  const bytes = await buildPackCsv(packInput({ requirements }), encoding);
  const text = new TextDecoder(encoding === 'shift_jis' ? 'shift_jis' : 'utf-8').decode(bytes);
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trimEnd(), { newline: '\r\n' }).data;
  rows.slice(2).forEach((row, i) => {
    row[PACK_COLUMN_INDEX.answer] = LABELS[i % 3]!;
    row[PACK_COLUMN_INDEX.explanation] = `説明 ${i + 1}`;
  });
  const out = `${Papa.unparse(rows, { newline: '\r\n', escapeFormulae: false })}\r\n`;
  return encoding === 'shift_jis' ? encodeShiftJis(out) : utf8WithBom(out);
}

function manyRequirements(count: number): Requirement[] {
  return Array.from({ length: count }, (_, i) =>
    requirement({ id: `req-${i}`, order: i, ref: `R-${i + 1}`, text: `要件 ${i + 1} の内容。` })
  );
}

function fileOf(bytes: Uint8Array, name: string): File {
  return new File([bytes.slice()], name);
}

describe('readPackOffThread without workers (Node): readPack on the main thread', () => {
  it('keeps the size limit of readTable', () => {
    expect(PACK_READ_MAX_BYTES).toBe(TABLE_MAX_BYTES);
  });

  it('gives readPack’s result for a filled workbook', async () => {
    const bytes = await buildPackXlsx(packInput());
    const result = await readPackOffThread(fileOf(bytes, 'pack.xlsx'), EXPECTED);
    expect(result.data?.answers).toHaveLength(3);
    expect(result).toEqual(readPack(bytes, 'pack.xlsx', EXPECTED));
  });

  it('gives readPack’s result for a Shift_JIS CSV read as Shift_JIS, reporting the phases', async () => {
    const bytes = await filledCsv(REQUIREMENTS, 'shift_jis');
    const progress: PackReadProgress[] = [];
    const result = await readPackOffThread(fileOf(bytes, 'pack.csv'), EXPECTED, {
      encoding: 'shift_jis',
      onProgress: (p) => progress.push(p)
    });
    expect(result.issues).toEqual([]);
    expect(result.data?.answers.map((a) => a.answer)).toEqual(['full', 'partial', 'none']);
    expect(result).toEqual(readPack(bytes, 'pack.csv', EXPECTED, { encoding: 'shift_jis' }));
    expect(progress).toEqual([
      { phase: 'reading', done: 0, total: bytes.byteLength },
      { phase: 'reading', done: bytes.byteLength, total: bytes.byteLength },
      { phase: 'parsing', done: 0, total: 0 }
    ]);
  });

  it('gives readPack’s refusal for a file that is no spreadsheet, and for an empty one', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 not a table');
    expect(await readPackOffThread(fileOf(pdf, 'pack.xlsx'), EXPECTED)).toEqual(
      readPack(pdf, 'pack.xlsx', EXPECTED)
    );
    const empty = new Uint8Array(0);
    expect(await readPackOffThread(fileOf(empty, 'pack.csv'), EXPECTED)).toEqual(
      readPack(empty, 'pack.csv', EXPECTED)
    );
  });

  it('refuses a file over the limit as readPack does, without reading it', async () => {
    const big = new Uint8Array(TABLE_MAX_BYTES + 1);
    const file = fileOf(big, 'pack.xlsx');
    const read = vi.spyOn(file, 'arrayBuffer');
    expect(await readPackOffThread(file, EXPECTED)).toEqual(readPack(big, 'pack.xlsx', EXPECTED));
    expect(read).not.toHaveBeenCalled();
  });

  it('rejects with the reason of an aborted signal', async () => {
    const bytes = await filledCsv();
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(
      readPackOffThread(fileOf(bytes, 'pack.csv'), EXPECTED, { signal: controller.signal })
    ).rejects.toThrow('stop');
  });
});

describe('the worker’s job (handlePackRead)', () => {
  it('reports the rows as it checks them, then readPack’s result', async () => {
    const requirements = manyRequirements(2000);
    const bytes = await filledCsv(requirements);
    const expected = { requirements, vendorId: VENDOR_ID };
    const messages: PackReadMessage[] = [];
    handlePackRead({ bytes: bytes.slice().buffer, fileName: 'pack.csv', expected }, (m) => messages.push(m));
    const rows = 2002; // template line, header, 2,000 requirements
    const checkpoints = Array.from({ length: Math.ceil(rows / PACK_PROGRESS_ROWS) }, (_, i) => ({
      type: 'progress',
      phase: 'checking',
      done: i * PACK_PROGRESS_ROWS,
      total: rows
    }));
    const result = readPack(bytes, 'pack.csv', expected);
    expect(result.data?.answers).toHaveLength(2000);
    expect(result.issues).toEqual([]);
    expect(messages).toEqual([
      { type: 'progress', phase: 'parsing', done: 0, total: 0 },
      ...checkpoints,
      { type: 'progress', phase: 'checking', done: rows, total: rows },
      { type: 'done', result }
    ]);
  });

  it('passes a refusal on as its result', () => {
    const messages: PackReadMessage[] = [];
    const bytes = new TextEncoder().encode('%PDF-1.7');
    handlePackRead({ bytes: bytes.buffer, fileName: 'pack.xlsx', expected: EXPECTED }, (m) =>
      messages.push(m)
    );
    expect(messages.at(-1)).toEqual({ type: 'done', result: readPack(bytes, 'pack.xlsx', EXPECTED) });
  });

  it('reports a crash as an error message', async () => {
    const messages: PackReadMessage[] = [];
    const bytes = (await filledCsv()).slice().buffer;
    const broken = { vendorId: VENDOR_ID } as PackExpectation;
    handlePackRead({ bytes, fileName: 'pack.csv', expected: broken }, (m) => messages.push(m));
    expect(messages.at(-1)).toMatchObject({ type: 'error', message: expect.any(String) });
  });
});

/** Runs the worker's job asynchronously, with a real transfer, as a browser's worker would. */
const FakeWorker = fakeWorkerClass<PackReadRequest, PackReadMessage>(handlePackRead, {
  type: 'progress',
  phase: 'parsing',
  done: 0,
  total: 0
});

describe('readPackOffThread with a worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.reset();
  });

  it('transfers the bytes to a module worker, relays its progress and ends it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const bytes = await filledCsv();
    const progress: PackReadProgress[] = [];
    const result = await readPackOffThread(fileOf(bytes, 'pack.csv'), EXPECTED, {
      onProgress: (p) => progress.push(p)
    });
    expect(result).toEqual(readPack(bytes, 'pack.csv', EXPECTED));
    const [worker] = FakeWorker.instances;
    expect(String(worker?.url)).toMatch(/pack-read\.worker\.ts$/);
    expect(worker?.options).toEqual({ type: 'module' });
    expect((worker?.transfer[0] as ArrayBuffer).byteLength).toBe(0); // detached: moved, not copied
    expect(worker?.terminated).toBe(true);
    expect(progress.map((p) => p.phase)).toEqual(['reading', 'reading', 'parsing', 'checking', 'checking']);
  });

  it.each(['failToLoad', 'throw'] as const)(
    'reads on the main thread when the worker cannot start (%s)',
    async (mode) => {
      vi.stubGlobal('Worker', FakeWorker);
      FakeWorker.mode = mode;
      const bytes = await filledCsv();
      const result = await readPackOffThread(fileOf(bytes, 'pack.csv'), EXPECTED);
      expect(result).toEqual(readPack(bytes, 'pack.csv', EXPECTED));
      expect(FakeWorker.instances.every((w) => w.terminated)).toBe(true);
    }
  );

  it.each([
    ['crash', 'out of memory'],
    ['die', 'worker died']
  ] as const)('rejects when a started worker fails (%s), without reading again', async (mode, message) => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.mode = mode;
    const file = fileOf(await filledCsv(), 'pack.csv');
    const read = vi.spyOn(file, 'arrayBuffer');
    await expect(readPackOffThread(file, EXPECTED)).rejects.toThrow(message);
    expect(FakeWorker.instances[0]?.terminated).toBe(true);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('stops the worker when the signal aborts', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const bytes = await filledCsv();
    const controller = new AbortController();
    const reading = readPackOffThread(fileOf(bytes, 'pack.csv'), EXPECTED, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'parsing') controller.abort(new Error('cancelled'));
      }
    });
    await expect(reading).rejects.toThrow('cancelled');
    expect(FakeWorker.instances[0]?.terminated).toBe(true);
  });
});
