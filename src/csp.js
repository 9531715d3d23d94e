// The app's Content-Security-Policy, in one place: svelte.config.js gives it to SvelteKit for every
// page's <meta> (with the hash of the page's start script), the test and bench server sends it as a
// header, and a test checks the README's server lines against it. Keywords are written without
// quotes, as SvelteKit takes them. Plain JavaScript, so the Node scripts can import it too.
/** @type {Record<string, string[]>} */
export const CSP_DIRECTIVES = {
  'default-src': ['self'],
  'script-src': ['self'],
  'style-src': ['self', 'unsafe-inline'],
  'img-src': ['self', 'blob:', 'data:'],
  'font-src': ['self'],
  'connect-src': ['self'],
  'worker-src': ['self'],
  'frame-src': ['self', 'blob:'],
  'object-src': ['none'],
  'base-uri': ['self'],
  'form-action': ['self']
};
