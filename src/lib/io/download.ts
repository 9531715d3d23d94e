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

/** A file name safe on Windows and macOS: no path separators or reserved characters. */
export function safeFileName(text: string): string {
  const cleaned = text.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_').trim();
  return cleaned.slice(0, 80) || 'sentei';
}
