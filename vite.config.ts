import { sveltekit } from '@sveltejs/kit/vite';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

type ModuleInfo = { importedIds: readonly string[]; code: string | null } | null;
type Info = (id: string) => ModuleInfo;

/** An index module: nothing but `export … from` lines (its importers may use one name of many). */
function isIndex(info: ModuleInfo): boolean {
  const code = (info?.code ?? '').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const statements = code
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  return (
    statements.length > 0 &&
    statements.every((s) => /^export\s*(\*|\{[^}]*\})\s*from\s*['"][^'"]+['"]$/.test(s))
  );
}

/**
 * The modules a module imports statically, directly or through others. `throughIndexes: false`
 * stops at index modules, whose every export a page would otherwise seem to import.
 */
function staticClosure(roots: string[], info: Info, throughIndexes: boolean): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const module = info(id);
    if (throughIndexes || !isIndex(module)) stack.push(...(module?.importedIds ?? []));
  }
  return seen;
}

const ROUTES = fileURLToPath(new URL('./src/routes/', import.meta.url));
const PAGES = readdirSync(ROUTES, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('+page.svelte'))
  .map((file) => ROUTES + file);
const WORKSPACE = `${ROUTES}procurement/`;
const inWorkspace = (page: string) => page.startsWith(WORKSPACE);

/** A page with its layouts. */
const withLayouts = (page: string) => [
  `${ROUTES}+layout.svelte`,
  ...(inWorkspace(page) ? [`${WORKSPACE}+layout.svelte`] : []),
  page
];

/** The modules every one of the pages imports statically. */
function common(pages: string[], info: Info): Set<string> {
  const [first, ...rest] = pages.map((page) => staticClosure(withLayouts(page), info, false));
  return new Set([...(first ?? [])].filter((id) => rest.every((closure) => closure.has(id))));
}

/** Chunks up to this size (minified by esbuild) are minified again by Terser. */
const TERSER_MAX_CHARS = 150_000;

type Groups = Map<string, 'shell' | 'data' | 'workspace'>;
/** Per build (the server build runs first, with its own graph), keyed by its root layout's info. */
const builds = new WeakMap<object, Groups>();

function groupsOf(info: Info): Groups {
  const groups: Groups = new Map();
  // An index module itself stays out: Rollup would move what it re-exports into the chunk.
  const grouped = (ids: Set<string>) => [...ids].filter((id) => !isIndex(info(id)));
  for (const id of grouped(common(PAGES, info))) groups.set(id, 'shell');
  // What the pages outside the workspace might import (through indexes too): the workspace's code
  // they share goes in a chunk of its own, so none of them fetches the workspace's layout.
  const outside = staticClosure(
    PAGES.filter((page) => !inWorkspace(page)),
    info,
    true
  );
  for (const id of grouped(common(PAGES.filter(inWorkspace), info))) {
    if (!groups.has(id)) groups.set(id, outside.has(id) ? 'data' : 'workspace');
  }
  return groups;
}

/**
 * Every page fetches the framework and the code all pages import statically; every workspace page
 * the code all workspace pages import. Left to itself, Rollup splits these into dozens of small
 * chunks (each shared by a different mix of lazily loaded modules), and each file is compressed on
 * its own: one chunk for each is fewer requests and fewer bytes (決定書 −7 KB gzip, of which the
 * framework's −3.5 KB; every page −2 to −6 KB). Only code every page of the group imports goes in,
 * so no page fetches code it did not already. Rollup moves a module's dependencies into its chunk:
 * every group holds its modules' dependencies already, and index modules (`$lib/db`) are not
 * followed.
 */
function manualChunks(id: string, { getModuleInfo }: { getModuleInfo: Info }) {
  if (
    /\/node_modules\/(svelte|@sveltejs\/kit|esm-env|clsx|devalue)\//.test(id) ||
    id.includes('vite/preload-helper')
  ) {
    return 'framework';
  }
  if (id.includes('/node_modules/')) return undefined;
  const key = getModuleInfo(`${ROUTES}+layout.svelte`);
  if (!key) return undefined;
  let groups = builds.get(key);
  if (!groups) builds.set(key, (groups = groupsOf(getModuleInfo)));
  return groups.get(id);
}

/**
 * A second minification of the client's chunks with Terser, after esbuild's: its output compresses
 * better (決定書 −3 KB gzip, every page −2 to −3 KB). The large libraries loaded on demand (the
 * workbook writers, the charts) keep esbuild's alone: Terser would add a minute to every build for
 * files no page waits for. File names are hashed from esbuild's output, which decides Terser's.
 */
function terserSmallChunks(): Plugin {
  return {
    name: 'terser-small-chunks',
    apply: 'build',
    async generateBundle(_, bundle) {
      const { minify } = await import('terser');
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.fileName.startsWith('_app/immutable/')) continue;
        if (chunk.code.length > TERSER_MAX_CHARS) continue;
        const out = await minify(chunk.code, { compress: { passes: 2 }, module: true, sourceMap: false });
        if (out.code === undefined) throw new Error(`Terser gave no output for ${chunk.fileName}`);
        chunk.code = out.code;
      }
    }
  };
}

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  plugins: [sveltekit(), terserSmallChunks()],
  build: {
    rollupOptions: { output: { manualChunks } }
  },
  define: {
    __APP_VERSION__: JSON.stringify(version)
  },
  test: {
    include: ['src/**/*.test.ts', 'questionnaires/**/*.test.ts', 'tests/support/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts']
  }
});
