// `npm test`: every suite, on this machine, with what they need. Installs Chromium and the local
// WordPress's Debian packages when missing (as root), starts WordPress unless WP_URL names one,
// runs unit tests, the block validation (tests/block-validation), then integration tests (the core against that WordPress), then end-to-end tests, and closes with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const tmp = path.join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const isRoot = process.getuid?.() === 0;

function run(cmd, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return { status: result.status ?? 1, seconds: (Date.now() - started) / 1000 };
}

function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium)) return;
  if (!isRoot) {
    console.error(`Chromium is needed for the end-to-end tests and is not at ${chromium}.\nInstall it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log('Installing Chromium (apt-get install chromium)…');
  run('bash', ['-c', 'DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null']);
  if (!existsSync(chromium)) {
    console.error('Chromium could not be installed. Install it with apt-get install chromium, then run npm test again.');
    process.exit(1);
  }
}

/** Starts the project's own WordPress (tests/support/wordpress/start.sh) unless WP_URL is given. */
function ensureWordPress() {
  if (process.env.WP_URL) {
    if (!process.env.WP_USER || !process.env.WP_APP_PASSWORD) {
      console.error('WP_URL is set but WP_USER or WP_APP_PASSWORD is not: set all three to test against an existing site.');
      process.exit(1);
    }
    return { env: {}, stop: () => {} };
  }
  const start = path.join(root, 'tests', 'support', 'wordpress', 'start.sh');
  if (!existsSync(start)) return { env: {}, stop: () => {} };
  const state = path.join(tmp, 'wordpress');
  const result = spawnSync('bash', [start, state], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) {
    console.error(result.stdout);
    console.error('The local WordPress did not start. Run it as root (it installs Debian packages), or set WP_URL, WP_USER and WP_APP_PASSWORD for an existing test site.');
    process.exit(1);
  }
  const env = Object.fromEntries(
    result.stdout
      .split('\n')
      .map((line) => /^(WP_[A-Z_]+)=(.*)$/.exec(line.trim()))
      .filter(Boolean)
      .map((m) => [m[1], m[2]]),
  );
  console.log(`WordPress for the tests: ${env.WP_URL}`);
  return { env, stop: () => spawnSync('bash', [path.join(root, 'tests', 'support', 'wordpress', 'stop.sh'), state], { stdio: 'inherit' }) };
}

ensureChromium();
const wordpress = ensureWordPress();
process.on('exit', () => wordpress.stop());
process.on('SIGINT', () => process.exit(130));

const unitReport = path.join(tmp, 'unit-report.json');
const integrationReport = path.join(tmp, 'integration-report.json');
const e2eReport = path.join(tmp, 'e2e-report.json');
for (const file of [unitReport, integrationReport, e2eReport]) rmSync(file, { force: true });

const vitest = (config, report) => run('npx', ['vitest', 'run', '-c', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], wordpress.env);
const unit = vitest('vitest.config.ts', unitReport);
// Our block markup judged by WordPress's own block library, installed once into a cache outside
// the clone (tests/block-validation/install.sh); exit 2 means it could not be installed, said why.
const blocks = run('node', ['--import', 'tsx', 'tests/block-validation/validate-output.ts']);
const integration = vitest('vitest.integration.config.ts', integrationReport);
const e2e = run('npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts'], { ...wordpress.env, PRESSWORK_E2E_SUMMARY: e2eReport });

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const u = read(unitReport);
const i = read(integrationReport);
const e = read(e2eReport);
const vitestReports = [['unit', u], ['integration', i]];
const passed = (u?.numPassedTests ?? 0) + (i?.numPassedTests ?? 0) + (e?.passed ?? 0);
const failed = (u?.numFailedTests ?? 0) + (blocks.status === 1 ? 1 : 0) + (i?.numFailedTests ?? 0) + (e?.failed ?? 0) + (u ? 0 : 1) + (i ? 0 : 1) + (e ? 0 : 1);
const skipped = vitestReports.reduce((sum, [, r]) => sum + (r?.numPendingTests ?? 0) + (r?.numTodoTests ?? 0), 0) + (e?.skipped ?? 0);
// The runners' own output scrolls away in a long CI log; name the failures again beside the totals.
for (const [suite, report] of vitestReports) {
  for (const file of report?.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      console.log(`\nFAILED (${suite}) ${path.relative(root, file.name)} › ${test.fullName}`);
      console.log(String(test.failureMessages?.[0] ?? '').split('\n').slice(0, 8).join('\n'));
    }
  }
}
for (const title of e?.failedTitles ?? []) console.log(`\nFAILED (e2e) ${title}`);
for (const title of e?.flakyTitles ?? []) console.log(`\nFLAKY (e2e, passed on retry) ${title}`);
const vitestLine = (r) => (r ? `${r.numPassedTests} passed, ${r.numFailedTests} failed` : 'no report');
console.log(`\nunit: ${vitestLine(u)} (${unit.seconds.toFixed(0)} s)`);
console.log(`block validation: ${blocks.status === 0 ? 'passed' : blocks.status === 2 ? 'skipped (see why above)' : 'FAILED'} (${blocks.seconds.toFixed(0)} s)`);
console.log(`integration: ${vitestLine(i)} (${integration.seconds.toFixed(0)} s)`);
console.log(`e2e: ${e ? `${e.passed} passed, ${e.failed} failed, ${e.skipped} skipped, ${e.flakyTitles?.length ?? 0} flaky` : 'no report'} (${e2e.seconds.toFixed(0)} s)`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = unit.status === 0 && blocks.status !== 1 && integration.status === 0 && e2e.status === 0 && failed === 0 ? 0 : 1;
