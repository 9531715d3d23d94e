import { afterEach, describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import { fakeWorkerClass } from '$lib/testing/fake-worker';
import { buildZip, zerosBomb } from '$lib/testing/zip';
import { parseCaiq } from './caiq';
import { encodeShiftJis } from './encoding';
import { TABLE_READ_MAX_BYTES, type FileReadProgress } from './file-read-client';
import { parseLicensedText } from './licensed-text';
import { readTable, TABLE_MAX_BYTES } from './spreadsheet-read';
import { runTableJob, type TableJob } from './table-read';
import { readCaiqOffThread, readLicensedTextOffThread, readTableOffThread } from './table-read-client';
import {
  handleTableRead,
  TABLE_ROWS_PER_MESSAGE,
  type TableReadMessage,
  type TableReadRequest
} from './table-read.worker';

const KNOWN = ['iso27002:9.4.1', 'iso27002:9.4.2'];
const LICENSED_CSV =
  '管理策番号,本文\r\n9.4.1,情報へのアクセス制限\r\n9.4.2,セキュリティに配慮したログオン\r\n9.9.9,不明\r\n';

function book(name: string, rows: string[][]): Uint8Array {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

// Invented questions in the CAIQ v4 shape; none of this is CSA wording.
const CAIQ = book('CAIQ', [
  ['Question ID', 'Question', 'CCM Domain Title'],
  ['A&A-01.1', 'Is there a written review plan?', 'Audit Things'],
  ['IAM-02.3', 'Is every account reviewed?', 'Access Things']
]);
const ANSWERS = book('回答', [
  ['No.', '質問', '回答'],
  ['R-1', 'パスワード', '対応'],
  ['R-2', 'ログ', '一部対応']
]);
/** 320 MB of zeros in a few hundred KB: refused from its directory, whichever import reads it. */
const BOMB = buildZip(zerosBomb(40, 8 * 1024 * 1024));
const BOMB_ISSUES = [{ code: 'unzippedTooLarge', path: '', params: { unzippedMb: 320, limitMb: 256 } }];

function fileOf(bytes: Uint8Array | string, name: string): File {
  return new File([typeof bytes === 'string' ? bytes : bytes.slice()], name);
}

/** Each import, its job, and what it gives for `bytes` when parsed directly. */
const IMPORTS = [
  {
    name: 'column-mapped (the sheets)',
    read: (file: File, options = {}) => readTableOffThread(file, options),
    job: { kind: 'table' } as TableJob,
    file: () => fileOf(ANSWERS, 'answers.xlsx'),
    direct: () => readTable(ANSWERS, 'answers.xlsx')
  },
  {
    name: 'licensed text',
    read: (file: File, options = {}) => readLicensedTextOffThread(file, new Set(KNOWN), 'iso27002', options),
    job: { kind: 'licensedText', knownIds: KNOWN, prefixHint: 'iso27002' } as TableJob,
    file: () => fileOf(LICENSED_CSV, 'text.csv'),
    direct: () =>
      parseLicensedText(
        readTable(new TextEncoder().encode(LICENSED_CSV), 'text.csv').data!,
        new Set(KNOWN),
        'iso27002'
      )
  },
  {
    name: 'CAIQ',
    read: (file: File, options = {}) => readCaiqOffThread(file, options),
    job: { kind: 'caiq' } as TableJob,
    file: () => fileOf(CAIQ, 'caiq.xlsx'),
    direct: () => parseCaiq(readTable(CAIQ, 'caiq.xlsx').data!)
  }
];

describe('the table imports without workers (Node): the same job on the main thread', () => {
  it('keeps the size limit of readTable', () => {
    expect(TABLE_READ_MAX_BYTES).toBe(TABLE_MAX_BYTES);
  });

  it.each(IMPORTS)('$name: gives the parse’s result, reporting the phases', async (i) => {
    const progress: FileReadProgress[] = [];
    const file = i.file();
    const result = await i.read(file, { onProgress: (p: FileReadProgress) => progress.push(p) });
    expect(result).toEqual(i.direct());
    expect(result.data).not.toBeNull();
    expect(progress).toEqual([
      { phase: 'reading', done: 0, total: file.size },
      { phase: 'reading', done: file.size, total: file.size },
      { phase: 'parsing', done: 0, total: 0 }
    ]);
  });

  it('licensed text: keeps the parse’s issues for the rows it skipped', async () => {
    const result = await readLicensedTextOffThread(fileOf(LICENSED_CSV, 'text.csv'), KNOWN, 'iso27002');
    expect(result.data?.entries.map((e) => e.entryId)).toEqual(KNOWN);
    expect(result.issues).toMatchObject([{ code: 'unknownControlId', params: { id: '9.9.9' } }]);
  });

  it('column-mapped: decodes a Shift_JIS CSV as told', async () => {
    const bytes = await encodeShiftJis('番号,回答\r\nR-1,対応\r\n');
    const result = await readTableOffThread(fileOf(bytes, 'a.csv'), { encoding: 'shift_jis' });
    expect(result.data?.sheets[0]?.rows).toEqual([
      ['番号', '回答'],
      ['R-1', '対応']
    ]);
    expect(result.data?.encoding).toBe('shift_jis');
  });

  it.each(IMPORTS)('$name: refuses a zip bomb with unzippedTooLarge', async (i) => {
    expect(await i.read(fileOf(BOMB, 'bomb.xlsx'))).toEqual({ data: null, issues: BOMB_ISSUES });
  });

  it.each(IMPORTS)('$name: refuses a file over the limit without reading it', async (i) => {
    const file = fileOf(new Uint8Array(TABLE_MAX_BYTES + 1), 'big.xlsx');
    const read = vi.spyOn(file, 'arrayBuffer');
    expect(await i.read(file)).toEqual({
      data: null,
      issues: [{ code: 'fileTooLarge', path: '', params: { limitMb: 20 } }]
    });
    expect(read).not.toHaveBeenCalled();
  });

  it.each(IMPORTS)('$name: rejects with the reason of an aborted signal', async (i) => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(i.read(i.file(), { signal: controller.signal })).rejects.toThrow('stop');
  });
});

describe('the worker’s job (handleTableRead)', () => {
  it.each(IMPORTS)('$name: reports parsing, then the result', async (i) => {
    const bytes = await i.file().arrayBuffer();
    const messages: TableReadMessage[] = [];
    handleTableRead({ bytes, fileName: i.file().name, job: i.job }, (m) => messages.push(m));
    const direct = i.direct();
    if (direct.data && 'sheets' in direct.data) {
      // A table's rows come apart from the result, sheet by sheet.
      const { sheets } = direct.data;
      expect(messages).toEqual([
        { type: 'progress', phase: 'parsing', done: 0, total: 0 },
        ...sheets.map(({ rows }, sheet) => ({ type: 'rows', sheet, rows })),
        {
          type: 'done',
          result: {
            ...direct,
            data: { ...direct.data, sheets: sheets.map(({ name }) => ({ name, rows: [] })) }
          }
        }
      ]);
    } else {
      expect(messages).toEqual([
        { type: 'progress', phase: 'parsing', done: 0, total: 0 },
        { type: 'done', result: direct }
      ]);
    }
  });

  it('sends a large table’s rows in slices, in order, sheet by sheet', () => {
    const csv = Array.from({ length: 2 * TABLE_ROWS_PER_MESSAGE + 500 }, (_, r) => `R-${r},対応`).join(
      '\r\n'
    );
    const bytes = new TextEncoder().encode(csv);
    const messages: TableReadMessage[] = [];
    handleTableRead({ bytes: bytes.slice().buffer, fileName: 'big.csv', job: { kind: 'table' } }, (m) =>
      messages.push(m)
    );
    const slices = messages.flatMap((m) => (m.type === 'rows' ? [m] : []));
    expect(slices.map((m) => [m.sheet, m.rows.length])).toEqual([
      [0, TABLE_ROWS_PER_MESSAGE],
      [0, TABLE_ROWS_PER_MESSAGE],
      [0, 500]
    ]);
    expect(slices.flatMap((m) => m.rows)).toEqual(readTable(bytes, 'big.csv').data?.sheets[0]?.rows);
  });

  it.each(IMPORTS)('$name: passes the zip-bomb refusal on as its result', (i) => {
    const messages: TableReadMessage[] = [];
    handleTableRead({ bytes: BOMB.slice().buffer, fileName: 'bomb.xlsx', job: i.job }, (m) =>
      messages.push(m)
    );
    expect(messages.at(-1)).toEqual({ type: 'done', result: { data: null, issues: BOMB_ISSUES } });
  });

  it.each<[string, Partial<TableReadRequest>]>([
    [
      'column-mapped, without a file name',
      { fileName: undefined as unknown as string, job: { kind: 'table' } }
    ],
    [
      'licensed text, with ids that are not a list',
      { job: { kind: 'licensedText', knownIds: 5 as unknown as string[] } }
    ],
    ['an unknown job', { job: { kind: 'caiq2' } as unknown as TableJob }]
  ])('reports a crash (%s) as an error message', (_, broken) => {
    const messages: TableReadMessage[] = [];
    const request = { bytes: new TextEncoder().encode(LICENSED_CSV).buffer, fileName: 'text.csv', ...broken };
    handleTableRead(request as TableReadRequest, (m) => messages.push(m));
    expect(messages.at(-1)).toMatchObject({ type: 'error', message: expect.stringMatching(/\S/) });
  });
});

/** Runs the worker's job asynchronously, with a real transfer, as a browser's worker would. */
const FakeWorker = fakeWorkerClass<TableReadRequest, TableReadMessage>(handleTableRead, {
  type: 'progress',
  phase: 'parsing',
  done: 0,
  total: 0
});

describe('the table imports with a worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.reset();
  });

  it.each(IMPORTS)(
    '$name: transfers the bytes to a module worker, relays its progress and ends it',
    async (i) => {
      vi.stubGlobal('Worker', FakeWorker);
      const progress: FileReadProgress[] = [];
      const result = await i.read(i.file(), { onProgress: (p: FileReadProgress) => progress.push(p) });
      expect(result).toEqual(i.direct());
      const [worker] = FakeWorker.instances;
      expect(FakeWorker.instances).toHaveLength(1);
      expect(String(worker?.url)).toMatch(/table-read\.worker\.ts$/);
      expect(worker?.options).toEqual({ type: 'module' });
      expect((worker?.transfer[0] as ArrayBuffer).byteLength).toBe(0); // detached: moved, not copied
      expect(worker?.terminated).toBe(true);
      expect(progress.map((p) => p.phase)).toEqual(['reading', 'reading', 'parsing']);
    }
  );

  it('puts a large table back together from the worker’s slices, every sheet', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const rows = (name: string, count: number) =>
      Array.from({ length: count }, (_, r) => [`${name}-${r}`, r % 2 ? '対応' : '未対応']);
    const bytes = book('一', rows('a', TABLE_ROWS_PER_MESSAGE + 1));
    const workbook = XLSX.read(bytes, { type: 'array' });
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows('b', 3)), '二');
    const two = new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const result = await readTableOffThread(fileOf(two, 'two.xlsx'));
    expect(result).toEqual(readTable(two, 'two.xlsx'));
    expect(result.data?.sheets.map((sheet) => sheet.rows.length)).toEqual([TABLE_ROWS_PER_MESSAGE + 1, 3]);
  });

  it.each(IMPORTS)('$name: the worker refuses a zip bomb with its coded issue', async (i) => {
    vi.stubGlobal('Worker', FakeWorker);
    expect(await i.read(fileOf(BOMB, 'bomb.xlsx'))).toEqual({ data: null, issues: BOMB_ISSUES });
    expect(FakeWorker.instances).toHaveLength(1);
  });

  it.each(['failToLoad', 'throw'] as const)(
    'reads on the main thread when the worker cannot start (%s)',
    async (mode) => {
      vi.stubGlobal('Worker', FakeWorker);
      FakeWorker.mode = mode;
      for (const i of IMPORTS) expect(await i.read(i.file())).toEqual(i.direct());
      expect(FakeWorker.instances.every((w) => w.terminated)).toBe(true);
    }
  );

  it.each(
    IMPORTS.flatMap((i) => [
      [i.name, 'crash', 'out of memory', i] as const,
      [i.name, 'die', 'worker died', i] as const
    ])
  )(
    '%s: rejects with the message when a started worker fails (%s), not hanging',
    async (_, mode, message, i) => {
      vi.stubGlobal('Worker', FakeWorker);
      FakeWorker.mode = mode;
      const file = i.file();
      const read = vi.spyOn(file, 'arrayBuffer');
      await expect(i.read(file)).rejects.toThrow(message);
      expect(FakeWorker.instances[0]?.terminated).toBe(true);
      expect(read).toHaveBeenCalledTimes(1);
    }
  );

  it.each(IMPORTS)('$name: stops the worker when the signal aborts', async (i) => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const reading = i.read(i.file(), {
      signal: controller.signal,
      onProgress: (p: FileReadProgress) => {
        if (p.phase === 'parsing') controller.abort(new Error('cancelled'));
      }
    });
    await expect(reading).rejects.toThrow('cancelled');
    expect(FakeWorker.instances[0]?.terminated).toBe(true);
  });
});

describe('runTableJob', () => {
  it('reads bare ids of the licensed text without a prefix hint, through the known ids', () => {
    const bytes = new TextEncoder().encode(LICENSED_CSV);
    const result = runTableJob(bytes, 'text.csv', { kind: 'licensedText', knownIds: KNOWN });
    expect(result.issues).toMatchObject([{ code: 'unknownControlId' }]);
    expect(result.data?.entries).toHaveLength(2);
  });
});
