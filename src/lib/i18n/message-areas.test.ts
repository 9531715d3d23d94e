import { readdirSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jaWork } from './messages-work';
import { enWork } from './messages-work-en';
import { MESSAGE_AREAS } from './message-areas';
import { WORKSPACE_PAGES, pageAreas } from './page-areas';

// Each test starts from a fresh module state: nothing loaded but the built-in Japanese core.
beforeEach(() => {
  vi.resetModules();
});

describe('message areas', () => {
  it.each([
    ['ja', jaWork],
    ['en', enWork]
  ] as const)(
    'every area loaded (%s) gives every workspace message, as the whole part does: no message is in no area',
    async (locale, whole) => {
      const messages = await import('./messages');
      const { loadAreas } = await import('./message-areas');
      await loadAreas(locale, MESSAGE_AREAS);
      for (const [key, text] of Object.entries(whole)) {
        expect(messages.translate(locale, key as keyof typeof whole), key).toBe(messages.fillMessage(text));
      }
    }
  );

  it('shows an area’s message once that area is loaded, and another area’s key until its own is', async () => {
    const { translate, messagesLoaded } = await import('./messages');
    const { loadAreas, areasLoaded } = await import('./message-areas');
    expect(messagesLoaded('ja', 'work')).toBe(false);
    expect(translate('ja', 'stability.title')).toBe('stability.title');
    await loadAreas('ja', ['charts']);
    expect(areasLoaded('ja', ['charts'])).toBe(true);
    expect(translate('ja', 'stability.title')).toBe(jaWork['stability.title']);
    expect(areasLoaded('ja', ['results'])).toBe(false);
    expect(translate('ja', 'results.intro')).toBe('results.intro');
  });

  it('English falls back to the loaded Japanese area, never to a bare key', async () => {
    const { translate } = await import('./messages');
    const { loadAreas } = await import('./message-areas');
    await loadAreas('ja', ['results']);
    expect(translate('en', 'results.intro')).toBe(jaWork['results.intro']);
    await loadAreas('en', ['results']);
    expect(translate('en', 'results.intro')).toBe(enWork['results.intro']);
  });

  it('counts every area as there once the whole part is loaded', async () => {
    const { loadMessages } = await import('./messages');
    const { areasLoaded } = await import('./message-areas');
    expect(areasLoaded('ja', ['workbook'])).toBe(false);
    await loadMessages('ja', 'work');
    expect(areasLoaded('ja', MESSAGE_AREAS)).toBe(true);
  });
});

describe('page areas', () => {
  it('names every workspace page, as the routes folder has them', () => {
    const routes = readdirSync(new URL('../../routes/procurement', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...WORKSPACE_PAGES].sort()).toEqual(['overview', ...routes].sort());
  });

  it.each(WORKSPACE_PAGES.map((page) => [page]))(
    '%s loads the shell’s area (stage bar, operator line, fields) first',
    (page) => {
      const segment = page === 'overview' ? 'overview' : page;
      expect(pageAreas(segment)).toEqual(expect.arrayContaining(['workspace']));
    }
  );
});
