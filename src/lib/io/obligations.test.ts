import { describe, expect, it } from 'vitest';
import { buildObligationsCsv } from './obligations';

describe('buildObligationsCsv', () => {
  it('writes UTF-8 with BOM, CRLF, quoted where needed, and guards formula-like text', () => {
    const bytes = buildObligationsCsv([
      ['事業者', '出典', '利用者側の統制', '確認'],
      ['株式会社A', 'soc2Type2 2025-03-31', '多要素認証を有効にする, 管理者', ''],
      ['B社', 'soc2Type2', '=HYPERLINK("http://evil","x")', '']
    ]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('事業者,出典,利用者側の統制,確認');
    expect(lines[1]).toBe('株式会社A,soc2Type2 2025-03-31,"多要素認証を有効にする, 管理者",');
    expect(lines[2]).toBe('B社,soc2Type2,"\'=HYPERLINK(""http://evil"",""x"")",');
  });
});
