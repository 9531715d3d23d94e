// A tiny static server for the built app, with no dependencies: `node tests/support/serve.mjs [port] [dir]`.
// Port: argv, else $PORT, else 4173. Directory: argv, else build/ at the repository root. Listens on
// 127.0.0.1 only. Every response carries the Content-Security-Policy as a header, as the README
// asks of a deployment: a page's header is its own <meta> policy, and scripts — the workers among
// them, which a page's <meta> does not cover — get the same directives (see csp-policy.mjs).
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerPolicy, readDirectives, writePolicy } from './csp-policy.mjs';

const HOST = '127.0.0.1';
const port = Number(process.argv[2] ?? process.env.PORT ?? 4173);
const root = resolve(process.argv[3] ?? fileURLToPath(new URL('../../build', import.meta.url)));

const POLICY = writePolicy(readDirectives());

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm'
};

if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`serve: invalid port ${JSON.stringify(process.argv[2] ?? process.env.PORT)}`);
  process.exit(1);
}

/** The real path of a regular file inside the root, or null. */
async function fileInRoot(path) {
  try {
    const real = await realpath(path);
    if (real !== rootReal && !real.startsWith(rootReal + sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

/** The file for a URL path: the file itself, `dir/index.html`, or `path.html`. */
async function resolveFile(urlPath) {
  const base = join(root, urlPath);
  const candidates = urlPath.endsWith('/')
    ? [join(base, 'index.html')]
    : [base, join(base, 'index.html'), `${base}.html`];
  for (const candidate of candidates) {
    const file = await fileInRoot(candidate);
    if (file) return file;
  }
  return null;
}

function send(res, status, text) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': POLICY
  });
  res.end(text);
}

const rootReal = await realpath(root).catch(() => {
  console.error(`serve: ${root} does not exist: run "npm run build" first.`);
  process.exit(1);
});

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'Method Not Allowed');
  }
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return send(res, 400, 'Bad Request');
  }
  // `new URL` already collapses `..` segments; this also refuses encoded ones (%2e%2e, %2f, %5c).
  const segments = urlPath.split(/[/\\]/);
  if (urlPath.includes('\0') || segments.includes('..')) {
    return send(res, 403, 'Forbidden');
  }

  let file = await resolveFile(urlPath);
  if (!file && extname(urlPath) === '') {
    // An SPA fallback page, when the build has one; missing assets stay 404.
    file = await fileInRoot(join(root, '200.html'));
  }
  if (!file) return send(res, 404, 'Not Found');

  const type = extname(file).toLowerCase();
  // A page is read whole (it is small) for the policy of its <meta>; other files are streamed.
  const page = type === '.html' ? await readFile(file) : null;
  const size = page ? page.byteLength : (await stat(file)).size;
  res.writeHead(200, {
    'Content-Type': MIME[type] ?? 'application/octet-stream',
    'Content-Length': size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': headerPolicy(POLICY, page ? page.toString('utf8') : null)
  });
  if (req.method === 'HEAD') return res.end();
  if (page) return res.end(page);
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
});

server.listen(port, HOST, () => {
  console.log(`serve: ${root} at http://${HOST}:${port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
