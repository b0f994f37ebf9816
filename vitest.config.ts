import { defineConfig } from 'vitest/config';

/** Unit tests: plain Node, real SQLite, no WordPress (tests/integration has its own config). */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
