import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './src/csp.js';

// Every page is prerendered as an empty shell (ssr = false) so that each URL is a real file
// (`/procurement/index.html`, ids travel in the query string): the built app works from any
// static host, including an intranet server with no rewrite rules, and reloads keep working.
/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  // Every component is compiled in runes mode, even one that uses no rune (the header, the help
  // texts): a single legacy-mode component would put Svelte's legacy lifecycle on every page.
  compilerOptions: { runes: true },
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
    prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
    // The policy lives in src/csp.js, which the static server and the README's server lines share.
    csp: { mode: 'hash', directives: CSP_DIRECTIVES },
    // The data tests in questionnaires/ are type-checked with the app.
    typescript: {
      config: (tsconfig) => {
        tsconfig.include.push('../questionnaires/**/*.ts');
      }
    },
    version: { name: JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version }
  }
};

export default config;
