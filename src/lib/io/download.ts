import { withoutHiddenCharacters } from '$lib/domain/visible-text';

/** Hands a file to the browser's download. Thin on purpose: the bytes are built elsewhere. */
export function downloadFile(name: string, content: string | Uint8Array, type: string): void {
  // A copy gives the Blob its own ArrayBuffer (a view may sit on a shared or larger buffer).
  const part = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Names Windows keeps for devices, refused as a file name whatever follows the dot. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * A file name safe on Windows and macOS: no path separators or reserved characters, no bidi
 * control or zero-width character (a name must not pose as another type), at most `maxLength`
 * characters (cut between characters, never inside one), no trailing dot or space, no device name.
 */
export function safeFileName(text: string, maxLength = 80): string {
  const cleaned = withoutHiddenCharacters(text)
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_')
    .trim();
  const cut = Array.from(cleaned)
    .slice(0, maxLength)
    .join('')
    .replace(/[.\s]+$/u, '');
  const name = cut || 'sentei';
  return WINDOWS_DEVICE.test(name) ? `_${name}` : name;
}

/**
 * The file names of vendors' questionnaire packs, one per company in order:
 * 「調達案件-事業者-質問票.xlsx」, each part made safe and short; a name already given (Windows
 * does not tell case apart) is numbered 「…-2.xlsx」, so no pack overwrites another.
 */
export function packFileNames(
  procurementTitle: string,
  companies: readonly string[],
  label: string,
  extension: 'xlsx' | 'csv'
): string[] {
  const used = new Set<string>();
  const head = `${safeFileName(procurementTitle, 60)}-`;
  const tail = `-${safeFileName(label, 20)}`;
  return companies.map((company) => {
    const base = head + safeFileName(company, 60) + tail;
    let name = `${base}.${extension}`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}.${extension}`;
    used.add(name.toLowerCase());
    return name;
  });
}
