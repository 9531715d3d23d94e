// Vendor text is shown as text, with each bidi control and zero-width character as a marker.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import VendorText from './VendorText.svelte';

const html = (text: string | null) =>
  render(VendorText, { props: { text } }).body.replaceAll(/<!--.*?-->/g, '');

describe('VendorText', () => {
  it('shows a right-to-left override as a marker, so the name reads as it is stored', () => {
    const body = html('report\u202Efdp.exe');
    expect(body).toMatch(/^report<span class="hidden-char[^"]*">⟦U\+202E⟧<\/span>fdp\.exe$/);
    expect(body).not.toContain('\u202E');
  });

  it('marks zero-width characters and isolates, one marker each', () => {
    const body = html('\uFEFF架空\u200Bクラウド\u2066');
    expect(body.match(/class="hidden-char/g)).toHaveLength(3);
    expect(body.replaceAll(/<[^>]+>/g, '')).toBe('⟦U+FEFF⟧架空⟦U+200B⟧クラウド⟦U+2066⟧');
  });

  it('escapes markup: vendor text is never HTML', () => {
    expect(html('<b>x</b>')).toBe('&lt;b>x&lt;/b>');
  });

  it('shows plain text as it is, and nothing for none', () => {
    expect(html('架空クラウド株式会社')).toBe('架空クラウド株式会社');
    expect(html(null)).toBe('');
  });
});
