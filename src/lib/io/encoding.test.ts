import { describe, expect, it } from 'vitest';
import {
  decodeText,
  encodeShiftJis,
  foldCp932Equivalents,
  shiftJisUnmappable,
  utf8WithBom
} from './encoding';

const SAMPLES = [
  '髙橋 ①②③ ｶﾀｶﾅ ﾊﾞｯｸｱｯﾌﾟ',
  '要件番号,要件名\r\nR-001,"アクセス制御の方針"\r\n',
  '～－∥￠￡￢―',
  'ASCII only, 123'
];

describe('decodeText', () => {
  it.each(SAMPLES)('reads UTF-8 with a BOM and strips the BOM: %j', (text) => {
    expect(decodeText(utf8WithBom(text))).toEqual({ text, encoding: 'utf-8-bom' });
  });

  it.each(SAMPLES)('reads UTF-8 without a BOM: %j', (text) => {
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it.each(SAMPLES.slice(0, 3))('falls back to Shift_JIS when the bytes are not UTF-8: %j', async (text) => {
    expect(decodeText(await encodeShiftJis(text))).toEqual({ text, encoding: 'shift_jis' });
  });

  it('follows an override even when the bytes would pass as UTF-8', () => {
    // 0x82 0xA0 is あ in Shift_JIS and invalid UTF-8; ASCII bytes read the same in both.
    expect(decodeText(new Uint8Array([0x41, 0x82, 0xa0]), 'shift_jis')).toEqual({
      text: 'Aあ',
      encoding: 'shift_jis'
    });
    expect(decodeText(new Uint8Array([0x41, 0x82, 0xa0]), 'utf-8')).toEqual({
      text: 'A\uFFFD\uFFFD',
      encoding: 'utf-8'
    });
  });
});

describe('utf8WithBom', () => {
  it('starts with EF BB BF followed by the UTF-8 bytes', () => {
    expect([...utf8WithBom('あ')]).toEqual([0xef, 0xbb, 0xbf, 0xe3, 0x81, 0x82]);
  });
});

describe('encodeShiftJis', () => {
  it('writes Windows-31J bytes for NEC/IBM extensions and half-width kana', async () => {
    expect([...(await encodeShiftJis('髙①ｱA'))]).toEqual([0xfb, 0xfc, 0x87, 0x40, 0xb1, 0x41]);
  });

  it('maps the macOS/JIS forms of 〜 − ‖ — ¢ £ ¬ to their Windows-31J equivalents', async () => {
    const { text } = decodeText(await encodeShiftJis('〜−‖—¢£¬'));
    expect(text).toBe('～－∥―￠￡￢');
  });

  it('replaces characters Shift_JIS cannot hold with ? and reports them', async () => {
    const bytes = await encodeShiftJis('A😀€𠮷B');
    expect(decodeText(bytes, 'shift_jis').text).toBe('A???B');
    expect(bytes).not.toContain(0);
    expect(await shiftJisUnmappable('A😀€𠮷B😀')).toEqual(['😀', '€', '𠮷']);
    expect(await shiftJisUnmappable('〜髙①ｱ')).toEqual([]);
  });
});

describe('foldCp932Equivalents', () => {
  it('gives the text a Shift_JIS round trip gives back', async () => {
    const text = 'R-001 〜−‖—¢£¬¥ 髙橋';
    expect(foldCp932Equivalents(text)).toBe(decodeText(await encodeShiftJis(text)).text);
  });
});
