// The message a form shows when a text is longer than a questionnaire pack's cell holds.
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { prefs } from '$lib/state/preferences.svelte';
import TextTooLongAlert from './TextTooLongAlert.svelte';

const html = (props: { tooLong: { field: string; length: number; max: number } | null; label: string }) =>
  render(TextTooLongAlert, { props }).body.replaceAll(/<!--.*?-->/g, '');

describe('TextTooLongAlert', () => {
  beforeAll(async () => {
    await prefs.loadWork();
  });

  it('names the field, its length and the limit, as an alert', () => {
    const body = html({ tooLong: { field: 'role', length: 40_000, max: 32_767 }, label: '役割' });
    expect(body).toMatch(/<p class="error-text" role="alert">/);
    expect(body).toContain('「役割」は 40000 文字');
    expect(body).toContain('32767 文字以内');
  });

  it('shows nothing while every text fits', () => {
    expect(html({ tooLong: null, label: '役割' }).trim()).toBe('');
  });
});
