/**
 * Hand-built zip archives for the zip-bomb guard: honest ones (entries deflated for real, the
 * sizes they inflate to declared), and ones whose central directory, local header or ZIP64 field
 * say something else, as a crafted bomb would.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntrySpec {
  name: string;
  /** The stored bytes (already deflated when `deflated`). */
  data: Uint8Array;
  deflated: boolean;
  /** The size declared in the central directory. */
  directorySize: number;
  /** The size declared in the local header (default: `directorySize`). */
  localSize?: number;
  /** A ZIP64 extra field with this size, in the central directory entry. */
  zip64Size?: number;
}

/** `count` entries, each `size` zero bytes deflated: about a thousandth of `size` apiece. */
export function zerosBomb(count: number, size: number): ZipEntrySpec[] {
  const data = new Uint8Array(deflateRawSync(new Uint8Array(size)));
  return Array.from({ length: count }, (_, i) => ({
    name: `xl/worksheets/sheet${i + 1}.xml`,
    data,
    deflated: true,
    directorySize: size
  }));
}

function zip64Extra(size: number): Uint8Array {
  const extra = new Uint8Array(20);
  const view = new DataView(extra.buffer);
  view.setUint16(0, 0x0001, true);
  view.setUint16(2, 16, true);
  view.setUint32(4, size % 2 ** 32, true);
  view.setUint32(8, Math.floor(size / 2 ** 32), true);
  return extra;
}

export function buildZip(entries: ZipEntrySpec[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, entry.deflated ? 8 : 0, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, Math.min(entry.localSize ?? entry.directorySize, 0xffffffff), true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);

    const extra = entry.zip64Size === undefined ? new Uint8Array(0) : zip64Extra(entry.zip64Size);
    const central = new Uint8Array(46 + name.length + extra.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, entry.deflated ? 8 : 0, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, Math.min(entry.directorySize, 0xffffffff), true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extra.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    central.set(extra, 46 + name.length);

    parts.push(local, entry.data);
    directory.push(central);
    offset += local.length + entry.data.length;
  }
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...directory, end];
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Every file of a zip archive (an XLSX), by path, inflated: read from the central directory, for
 * tests that check what a file holds in any of its parts (sheet names, drop-down lists, strings).
 */
export function unzipEntries(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + size);
    files.set(name, method === 8 ? new Uint8Array(inflateRawSync(data)) : data);
    at += 46 + skip;
  }
  return files;
}
