import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  plugins: [sveltekit()],
  define: {
    __APP_VERSION__: JSON.stringify(version)
  },
  test: {
    include: ['src/**/*.test.ts', 'questionnaires/**/*.test.ts', 'tests/support/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts']
  }
});
