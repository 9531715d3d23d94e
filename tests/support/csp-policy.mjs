// The Content-Security-Policy as a header, from its one home (src/csp.js, which svelte.config.js
// gives SvelteKit for the pages' <meta>). An HTML page's header is the
// policy of its own <meta>, the same string, hash of its start script included; any other file
// (scripts, the workers, styles) gets the same directives written the same way, with no hash:
// nothing inline runs there. Plain Node, no dependencies, so the static server can use it.
import { CSP_DIRECTIVES } from '../../src/csp.js';

/** The keywords SvelteKit puts in single quotes when it writes a policy (hashes and nonces too). */
const QUOTED = new Set([
  'self',
  'unsafe-eval',
  'unsafe-hashes',
  'unsafe-inline',
  'none',
  'strict-dynamic',
  'report-sample',
  'wasm-unsafe-eval',
  'script'
]);
const CRYPTO_SOURCE = /^(nonce|sha\d\d\d)-/;

/** @returns {Record<string, string[]>} the app's directives */
export function readDirectives() {
  return CSP_DIRECTIVES;
}

/**
 * The policy as SvelteKit writes it: `name source source; name source`, keywords quoted.
 * @param {Record<string, string[]>} directives
 */
export function writePolicy(directives) {
  return Object.entries(directives)
    .map(([name, sources]) =>
      [name, ...sources.map((s) => (QUOTED.has(s) || CRYPTO_SOURCE.test(s) ? `'${s}'` : s))].join(' ')
    )
    .join('; ');
}

/**
 * The policy of a page's `<meta http-equiv="content-security-policy">`, or null when it has none.
 * @param {string} html
 */
export function metaPolicy(html) {
  const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  const content = tag?.[1];
  if (content === undefined) return null;
  return content.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
}

/**
 * The header for one response: an HTML page's own meta policy, otherwise the written directives.
 * @param {string} policy the written directives (writePolicy(readDirectives()))
 * @param {string | null} html the page's text, for an HTML response
 */
export function headerPolicy(policy, html) {
  return (html === null ? null : metaPolicy(html)) ?? policy;
}
