// Shift_JIS encoding for test fixtures, from SheetJS's code-page tables (the app's own encoder
// lives in src/lib/io and is not imported by tests that drive the built app).
export async function encode(text: string): Promise<Uint8Array> {
  const { utils } = (await import('xlsx/dist/cpexcel.full.mjs')) as unknown as {
    utils: { encode: (cp: number, data: string, type: 'arr') => number[] };
  };
  return Uint8Array.from(utils.encode(932, text, 'arr'));
}
