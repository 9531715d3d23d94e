// The remove button keeps the markup the e2e journeys find it by: a type="button" danger button
// named by its label and the hidden name in （）, and no dialog on the page until it is clicked.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import RemoveButton from './RemoveButton.svelte';

const html = (props: { hiddenName?: string; disabled?: boolean }) =>
  render(RemoveButton, {
    props: {
      label: '削除',
      title: '証跡ファイルの削除',
      message: '削除しますか',
      onConfirm: () => {},
      ...props
    }
  }).body.replaceAll(/<!--.*?-->/g, '');

describe('RemoveButton', () => {
  it('is a type="button" danger button named by its label and the hidden name', () => {
    const body = html({ hiddenName: 'scan.png' });
    expect(body).toMatch(
      /<button type="button" class="danger"[^>]*>削除<span class="visually-hidden">（scan\.png）<\/span><\/button>/
    );
    expect(body).not.toContain('disabled');
  });

  it('has only its label without a hidden name, and may be disabled', () => {
    const body = html({ disabled: true });
    expect(body).toMatch(/<button type="button" class="danger" disabled="[^"]*">削除<\/button>/);
    expect(body).not.toContain('visually-hidden');
  });

  it('holds no dialog until it is clicked', () => {
    expect(html({ hiddenName: 'scan.png' })).not.toContain('<dialog');
  });
});
