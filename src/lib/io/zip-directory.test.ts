import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildZip, zerosBomb, type ZipEntrySpec } from '$lib/testing/zip';
import { readZipDirectory } from './zip-directory';

const MB = 2 ** 20;

function stored(name: string, text: string, sizes: Partial<ZipEntrySpec> = {}): ZipEntrySpec {
  const data = new TextEncoder().encode(text);
  return { name, data, deflated: false, directorySize: data.length, ...sizes };
}

describe('readZipDirectory', () => {
  it('sums what a real workbook’s entries inflate to', () => {
    const sheet = XLSX.utils.aoa_to_sheet(Array.from({ length: 500 }, (_, i) => [`R-${i}`, '対応']));
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, '要件');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }));
    const directory = readZipDirectory(bytes);
    // SheetJS's own inflate, less the marker entry its container reader adds.
    const container = XLSX.CFB.read(bytes, { type: 'array' }) as {
      FileIndex: { type: number; content?: ArrayLike<number> }[];
      FullPaths: string[];
    };
    const inflated = container.FileIndex.filter(
      (entry, i) => entry.type === 2 && !container.FullPaths[i]?.includes('Sh33tJ5')
    ).reduce((sum, entry) => sum + (entry.content?.length ?? 0), 0);
    expect(directory?.unzippedBytes).toBe(inflated);
    expect(directory!.unzippedBytes).toBeGreaterThan(bytes.byteLength);
  });

  it('reads a deflated bomb’s declared size without inflating it', () => {
    const bytes = buildZip(zerosBomb(40, 8 * MB));
    expect(bytes.byteLength).toBeLessThan(MB);
    expect(readZipDirectory(bytes)).toEqual({ entries: 40, unzippedBytes: 320 * MB });
  });

  it.each<[string, Partial<ZipEntrySpec>, number]>([
    ['the directory', { directorySize: 5 }, 5],
    ['a local header larger than the directory', { directorySize: 5, localSize: 900 * MB }, 900 * MB],
    [
      'a directory larger than the local header (data descriptor)',
      { directorySize: 7 * MB, localSize: 0 },
      7 * MB
    ],
    ['a ZIP64 size', { directorySize: 0xffffffff, zip64Size: 6 * 2 ** 32 }, 6 * 2 ** 32]
  ])('counts the largest size declared: %s', (_, sizes, expected) => {
    const bytes = buildZip([stored('a.xml', 'hello', sizes)]);
    expect(readZipDirectory(bytes)?.unzippedBytes).toBe(expected);
  });

  it('counts a deflated entry that declares no size as the most it can inflate to', () => {
    const [entry] = zerosBomb(1, 8 * MB);
    const bytes = buildZip([{ ...entry!, directorySize: 0, localSize: 0 }]);
    const declared = readZipDirectory(bytes)?.unzippedBytes;
    expect(declared).toBe(entry!.data.length * 1032);
    expect(declared).toBeGreaterThanOrEqual(8 * MB);
  });

  it('counts an empty deflated entry as empty', () => {
    const bytes = buildZip([{ ...zerosBomb(1, 0)[0]!, directorySize: 0 }]);
    expect(readZipDirectory(bytes)?.unzippedBytes).toBe(0);
  });

  it('finds the directory behind an archive comment', () => {
    const bytes = buildZip([stored('a.xml', 'hello'), stored('b.xml', 'world!')]);
    const commented = new Uint8Array(bytes.length + 5);
    commented.set(bytes);
    new DataView(commented.buffer).setUint16(bytes.length - 2, 5, true);
    commented.set(new TextEncoder().encode('notes'), bytes.length);
    expect(readZipDirectory(commented)).toEqual({ entries: 2, unzippedBytes: 11 });
  });

  it.each<[string, (bytes: Uint8Array) => Uint8Array]>([
    ['no end of directory', (bytes) => bytes.slice(0, bytes.length - 22)],
    [
      'a directory offset past the end',
      (bytes) => {
        const copy = bytes.slice();
        new DataView(copy.buffer).setUint32(copy.length - 6, copy.length + 100, true);
        return copy;
      }
    ],
    [
      'an entry pointing at no local header',
      (bytes) => {
        const copy = bytes.slice();
        copy[0] = 0; // the local header's signature
        return copy;
      }
    ],
    [
      'a ZIP64 end of directory (which SheetJS cannot follow)',
      (bytes) => {
        const copy = bytes.slice();
        new DataView(copy.buffer).setUint16(copy.length - 14, 0xffff, true);
        return copy;
      }
    ]
  ])('gives null for %s', (_, damage) => {
    const bytes = buildZip([stored('a.xml', 'hello'), stored('b.xml', 'world')]);
    expect(readZipDirectory(bytes)).not.toBeNull();
    expect(readZipDirectory(damage(bytes))).toBeNull();
  });
});
