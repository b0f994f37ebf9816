import { defineConfig } from 'vitest/config';

/** Integration tests: the core against a real WordPress (WP_URL, WP_USER, WP_APP_PASSWORD; `npm test` starts one). */
export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
