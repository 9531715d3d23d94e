// Loads a TypeScript benchmark module (with the app's $lib aliases) through Vite's SSR loader,
// runs `work` with it, and closes the Vite server whatever happens.
import { createServer } from 'vite';

/**
 * @template T
 * @param {string} repoRoot
 * @param {string} path the module's path from the repository root, as Vite takes it (`/tests/…`)
 * @param {(module: Record<string, unknown>) => T | Promise<T>} work
 * @returns {Promise<T>}
 */
export async function withTsModule(repoRoot, path, work) {
  const server = await createServer({
    root: repoRoot,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] }
  });
  try {
    return await work(await server.ssrLoadModule(path));
  } finally {
    await server.close();
  }
}
