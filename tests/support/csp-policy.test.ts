// One policy everywhere: src/csp.js is what svelte.config.js gives SvelteKit, the header the static
// server sends is the very string of the page's <meta>, scripts and workers get the same directives,
// and the README's nginx, Apache and IIS lines carry that same string.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../svelte.config.js';
import { headerPolicy, metaPolicy, readDirectives, writePolicy } from './csp-policy.mjs';

const directives = readDirectives();
const policy = writePolicy(directives);

interface KitCsp {
  add_script(content: string): void;
  csp_provider: { get_meta(): string | undefined };
}
let kitMeta: (script: string) => string;

beforeAll(async () => {
  // SvelteKit's own writer of the <meta> policy (internal, so an upgrade that moves it fails here
  // and the header is checked again). It reads this flag, which a build defines.
  (globalThis as Record<string, unknown>).__SVELTEKIT_DEV__ = false;
  const kitCsp = new URL('../../node_modules/@sveltejs/kit/src/runtime/server/page/csp.js', import.meta.url);
  const { Csp } = (await import(/* @vite-ignore */ kitCsp.href)) as {
    Csp: new (
      config: { mode: 'hash'; directives: Record<string, string[]>; reportOnly: Record<string, string[]> },
      opts: { prerender: boolean }
    ) => KitCsp;
  };
  kitMeta = (script) => {
    const csp = new Csp({ mode: 'hash', directives, reportOnly: {} }, { prerender: true });
    csp.add_script(script);
    return csp.csp_provider.get_meta()!;
  };
});

/** A prerendered page as SvelteKit writes it: its <meta> policy and the start script it hashes. */
function page(script: string): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8" />${kitMeta(script)}</head><body><script>${script}</script></body></html>`;
}

describe('the Content-Security-Policy', () => {
  it('is the one in src/csp.js for the pages', () => {
    expect(config.kit?.csp).toEqual({ mode: 'hash', directives });
    expect(directives['connect-src']).toEqual(['self']);
    expect(directives['worker-src']).toEqual(['self']);
  });

  it('is sent as a header that is the very string of the page’s <meta>', () => {
    const html = page('import("./_app/immutable/entry/start.js")');
    const meta = metaPolicy(html);
    expect(meta).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}'/);
    expect(headerPolicy(policy, html)).toBe(meta);
    // Another page's start script has another hash, and its header follows its own <meta>.
    const deeper = page('import("../../_app/immutable/entry/start.js")');
    expect(headerPolicy(policy, deeper)).toBe(metaPolicy(deeper));
    expect(metaPolicy(deeper)).not.toBe(meta);
  });

  it('gives scripts and workers the same directives, written the same way, without the page’s hash', () => {
    const meta = metaPolicy(page('start()'))!;
    expect(headerPolicy(policy, null)).toBe(policy);
    expect(meta.replace(/ 'sha256-[^']+'/g, '')).toBe(policy);
    // A page without a <meta> policy still gets one.
    expect(headerPolicy(policy, '<html><head></head></html>')).toBe(policy);
  });

  it('is the string of the README’s nginx, Apache and IIS lines', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`add_header Content-Security-Policy "${policy}" always;`);
    expect(readme).toContain(`Header always set Content-Security-Policy "${policy}"`);
    expect(readme).toContain(`<add name="Content-Security-Policy" value="${policy}" />`);
  });
});
