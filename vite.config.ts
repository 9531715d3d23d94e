import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  define: {
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0')
  },
  test: {
    include: ['src/**/*.test.ts', 'questionnaires/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts']
  }
});
