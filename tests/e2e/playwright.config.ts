import { defineConfig } from '@playwright/test';
import type { Target } from './support/app';
import { electronAvailability } from './support/electron-binary';

const electron = electronAvailability();
if (!electron.available && !process.env.TEST_WORKER_INDEX) console.log(`[e2e] The "electron" project is skipped: ${electron.reason}`);

export default defineConfig<{ target: Target }>({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  globalSetup: './support/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // One retry in CI only, on a noisy 2-core machine; a test that needed it is named as FLAKY in the summary.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['./support/summary-reporter.ts']],
  outputDir: '../../test-results',
  projects: [
    { name: 'harness', use: { target: 'harness' } },
    { name: 'electron', use: { target: 'electron' } },
  ],
});
