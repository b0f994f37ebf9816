import { writeFileSync } from 'node:fs';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints the plain closing line ("e2e: N passed, N failed, N skipped, N flaky") that CI logs are read by, naming any test that passed only on retry. */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;
  private readonly reasons = new Set<string>();
  private readonly failedTitles: string[] = [];
  private readonly flakyTitles: string[] = [];

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status === 'skipped') {
      this.skipped++;
      for (const a of test.annotations) if (a.type === 'skip' && a.description) this.reasons.add(a.description);
    } else if (result.status === 'passed' || test.outcome() === 'flaky') {
      if (result.status === 'passed') this.passed++;
      if (result.status === 'passed' && result.retry > 0) this.flakyTitles.push(test.titlePath().filter(Boolean).join(' › '));
    } else if (result.retry === test.retries) {
      this.failed++;
      this.failedTitles.push(test.titlePath().filter(Boolean).join(' › '));
    }
  }

  onEnd(_result: FullResult) {
    for (const reason of this.reasons) console.log(`skipped because: ${reason}`);
    for (const title of this.flakyTitles) console.log(`FLAKY (passed on retry) ${title}`);
    console.log(`e2e: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped, ${this.flakyTitles.length} flaky`);
    const file = process.env.PRESSWORK_E2E_SUMMARY;
    if (file) writeFileSync(file, JSON.stringify({ passed: this.passed, failed: this.failed, skipped: this.skipped, failedTitles: this.failedTitles, flakyTitles: this.flakyTitles, status: _result.status }));
  }
}
