import { describe, expect, it } from 'vitest';
import { packFileNames, safeFileName } from './download';

describe('safeFileName', () => {
  it.each([
    ['基幹クラウド調達', '基幹クラウド調達'],
    ['a\\b/c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j'],
    ['tab\there', 'tab_here'],
    // Bidi controls and zero-width characters are dropped: the name cannot pose as another type.
    ['report\u202Efdp.exe', 'reportfdp.exe'],
    ['\uFEFF架空\u200Bクラウド\u2066\u2069', '架空クラウド'],
    // Windows refuses a trailing dot or space, and device names.
    ['架空クラウド. . ', '架空クラウド'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['COM1', '_COM1'],
    ['CONTOSO', 'CONTOSO'],
    ['', 'sentei'],
    ['\u202E', 'sentei'],
    ['***', '_']
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('keeps at most the given number of characters, never cutting one in half', () => {
    expect(safeFileName('あ'.repeat(100))).toBe('あ'.repeat(80));
    const name = safeFileName('😀'.repeat(10), 5);
    expect(Array.from(name)).toEqual(Array(5).fill('😀'));
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('packFileNames', () => {
  it('names each pack by procurement and vendor, in order', () => {
    expect(
      packFileNames('基幹クラウド調達', ['架空クラウド株式会社', '仮想システム合同会社'], '質問票', 'xlsx')
    ).toEqual([
      '基幹クラウド調達-架空クラウド株式会社-質問票.xlsx',
      '基幹クラウド調達-仮想システム合同会社-質問票.xlsx'
    ]);
  });

  it('makes every part safe: reserved characters, bidi controls, length', () => {
    const [name] = packFileNames('調達: 第1期/2026', ['evil\u202Efdp.exe', ''], 'questionnaire', 'csv');
    expect(name).toBe('調達_ 第1期_2026-evilfdp.exe-questionnaire.csv');
    const [long] = packFileNames('調'.repeat(200), ['社'.repeat(200)], '質問票', 'xlsx');
    expect(long).toBe(`${'調'.repeat(60)}-${'社'.repeat(60)}-質問票.xlsx`);
    expect(long).not.toMatch(/[\\/:*?"<>|]/);
  });

  it('numbers a name already given, ignoring case as Windows does', () => {
    expect(packFileNames('調達', ['Acme', 'ACME', 'acme', 'Acme-2'], '質問票', 'xlsx')).toEqual([
      '調達-Acme-質問票.xlsx',
      '調達-ACME-質問票-2.xlsx',
      '調達-acme-質問票-3.xlsx',
      '調達-Acme-2-質問票.xlsx'
    ]);
  });
});
