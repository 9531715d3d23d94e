/**
 * What a zip archive (XLSX, ODS) says its files inflate to, read from its central directory and
 * each file's local header without inflating anything, so that a zip bomb (a few kilobytes that
 * inflate to gigabytes) is refused before SheetJS inflates it. SheetJS finds the directory the same
 * way (the last end-of-central-directory record) and sizes its output by the local header, so both
 * headers are read and the larger size counted. An entry that declares no size (SheetJS then grows
 * its output without bound) counts as the most its deflated bytes can inflate to. An archive whose
 * directory cannot be followed gives null: SheetJS could not read it either.
 */

export interface ZipDirectory {
  entries: number;
  /** The sum of the sizes the entries declare once inflated. */
  unzippedBytes: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY_BYTES = 22;
const ZIP64_EXTRA = 0x0001;
/** The 16-bit entry count and 32-bit offset that mean "see the ZIP64 record", which SheetJS cannot read. */
const ZIP64_COUNT = 0xffff;
const ZIP64_OFFSET = 0xffffffff;
const DEFLATED = 8;
/** Deflate's largest ratio (258 bytes from one 2-bit code, plus block overhead). */
const DEFLATE_MAX_RATIO = 1032;
/** An empty file deflates to 2 bytes. */
const EMPTY_DEFLATED_BYTES = 2;

/** The 64-bit inflated size in a ZIP64 field among the extra fields at `start`; 0 without one. */
function zip64Size(view: DataView, start: number, length: number): number {
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA && size >= 8 && at + 12 <= view.byteLength) {
      return view.getUint32(at + 4, true) + view.getUint32(at + 8, true) * 2 ** 32;
    }
    at += 4 + size;
  }
  return 0;
}

function findEndOfDirectory(view: DataView): number {
  for (let at = view.byteLength - END_OF_DIRECTORY_BYTES; at >= 0; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** The declared inflated size of the file whose local header is at `offset`, or null if none is there. */
function localSize(view: DataView, offset: number): number | null {
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== LOCAL_HEADER) return null;
  const size = view.getUint32(offset + 22, true);
  const nameLength = view.getUint16(offset + 26, true);
  const extraLength = view.getUint16(offset + 28, true);
  const extraStart = offset + 30 + nameLength;
  if (extraStart + extraLength > view.byteLength) return null;
  return Math.max(size, zip64Size(view, extraStart, extraLength));
}

export function readZipDirectory(bytes: Uint8Array): ZipDirectory | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return null;
  const entries = view.getUint16(end + 8, true);
  let at = view.getUint32(end + 16, true);
  if (entries === ZIP64_COUNT || at === ZIP64_OFFSET) return null;
  let unzippedBytes = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const extraStart = at + 46 + nameLength;
    if (extraStart + extraLength > view.byteLength) return null;
    const local = localSize(view, view.getUint32(at + 42, true));
    if (local === null) return null;
    const declared = Math.max(size, zip64Size(view, extraStart, extraLength), local);
    const undeclared = declared === 0 && method === DEFLATED && compressed > EMPTY_DEFLATED_BYTES;
    unzippedBytes += undeclared ? compressed * DEFLATE_MAX_RATIO : declared;
    at = extraStart + extraLength + commentLength;
  }
  return { entries, unzippedBytes };
}
