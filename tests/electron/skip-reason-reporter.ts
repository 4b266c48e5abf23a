/** Prints why tests were skipped, once per reason, after the list reporter's summary. */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SkipReasonReporter implements Reporter {
  private readonly reasons = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const annotation = [...result.annotations, ...test.annotations].find((a) => a.type === 'skip' || a.type === 'fixme');
    const reason = annotation?.description ?? 'no reason given';
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
  }

  onEnd(): void {
    for (const [reason, count] of this.reasons) {
      console.log(`\n  ${count} skipped — ${reason}`);
    }
  }

  printsToStdio(): boolean {
    return false;
  }
}
