// Benchmark: the JavaScript a page of the built app loads before it can start. For every
// build/**/index.html: the scripts its bootstrap imports (inline `import("…")`, <script src>,
// <link rel="modulepreload">), then every chunk those import statically, transitively. Dynamic
// `import()` inside chunks is lazy and not counted. Sizes: raw bytes and gzip (zlib level 9).
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const name = 'initial JavaScript';

export const GOAL_GZIP_KB = 100;
const KB = 1024;

/** Every index.html under dir, sorted for a stable report. */
async function findPages(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort((a, b) => (dirname(a) < dirname(b) ? -1 : dirname(a) > dirname(b) ? 1 : 0));
}

const attribute = (tag, attr) => tag.match(new RegExp(`\\s${attr}\\s*=\\s*["']?([^"'\\s>]+)`, 'i'))?.[1];

/** Script URLs that an HTML page loads at startup. */
function startupScripts(html) {
  const urls = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/\brel\s*=\s*["']?modulepreload\b/i.test(tag)) urls.push(attribute(tag, 'href'));
  }
  for (const [, openTag, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attribute(openTag, 'src');
    if (src) urls.push(src);
    // The inline bootstrap: `import("./_app/immutable/entry/start.X.js")` and static imports.
    for (const [, specifier] of body.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) urls.push(specifier);
    urls.push(...staticImports(body));
  }
  return urls.filter(Boolean);
}

/** Specifiers of `import … from "x"`, `import "x"` and `export … from "x"` in (minified) JS. */
function staticImports(code) {
  const pattern = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"'\n]+)["']/g;
  return [...code.matchAll(pattern)].map((match) => match[1]);
}

/** A URL as written in `fromFile`, as a file path inside buildDir (null: external or not a file). */
function toFile(url, fromFile, buildDir) {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) return null;
  const path = decodeURI(url.split(/[?#]/)[0]);
  const file = path.startsWith('/') ? join(buildDir, path) : resolve(dirname(fromFile), path);
  return file === buildDir || file.startsWith(buildDir + sep) ? file : null;
}

/**
 * Measure every page of the build in buildDir.
 * @param {{ buildDir: string }} context
 */
export async function run({ buildDir }) {
  const root = resolve(buildDir);
  const pages = await findPages(root);
  if (pages.length === 0) throw new Error(`no index.html under ${root}`);

  const sizes = new Map(); // file → { raw, gzip }
  const importsOf = new Map(); // file → files it imports statically
  async function load(file) {
    if (sizes.has(file)) return;
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) throw new Error(`${relative(root, file)} is referenced but missing`);
    sizes.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    const imports = staticImports(bytes.toString('utf8'))
      .map((url) => toFile(url, file, root))
      .filter((path) => path?.endsWith('.js'));
    importsOf.set(file, imports);
  }

  const rows = [];
  let worst = null;
  for (const page of pages) {
    const html = await readFile(page, 'utf8');
    const pending = startupScripts(html)
      .map((url) => toFile(url, page, root))
      .filter((path) => path?.endsWith('.js'));
    const seen = new Set();
    while (pending.length) {
      const file = pending.pop();
      if (seen.has(file)) continue;
      seen.add(file);
      await load(file);
      pending.push(...importsOf.get(file));
    }
    let raw = 0;
    let gzip = 0;
    for (const file of seen) {
      raw += sizes.get(file).raw;
      gzip += sizes.get(file).gzip;
    }
    const route = `/${relative(root, dirname(page)).split(sep).join('/')}/`.replace(/^\/\/$/, '/');
    const row = { route, files: seen.size, raw, gzip };
    rows.push(row);
    if (!worst || gzip > worst.gzip) worst = row;
  }

  const kb = (bytes) => (bytes / KB).toFixed(1);
  const first = rows.find((row) => row.route === '/') ?? worst;
  const width = Math.max(...rows.map((row) => row.route.length));
  const verdict = (gzip) => (gzip <= GOAL_GZIP_KB * KB ? 'met' : 'MISSED');
  return {
    title: 'Initial JavaScript per page (static imports from the page bootstrap; 1 KB = 1024 bytes)',
    columns: ['page', 'files', 'raw KB', 'gzip KB', `goal ≤ ${GOAL_GZIP_KB} KB`],
    rows: rows.map((row) => [row.route, row.files, kb(row.raw), kb(row.gzip), verdict(row.gzip)]),
    summary: [
      ...rows.map(
        (row) =>
          `${row.route.padEnd(width)}  initial JS (gzip): ${kb(row.gzip)} KB — goal ≤ ${GOAL_GZIP_KB} KB`
      ),
      // The goal is about the first page a user opens (the app's entry, /); a deep link
      // straight into a workspace page loads more, and is reported beside it.
      `initial JS (gzip): ${kb(first.gzip)} KB — goal ≤ ${GOAL_GZIP_KB} KB (${verdict(first.gzip)}; first page /)`,
      `largest deep-link page: ${worst.route} ${kb(worst.gzip)} KB (${verdict(worst.gzip)})`
    ]
  };
}
