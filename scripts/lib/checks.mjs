// The check runner of the scripted test stage install-test: each check passes or fails
// with its error, and the results are written as a Jest-shaped JSON report that
// scripts/count-test-results.mjs counts in CI's `N passed, N failed` line.
import { writeFileSync } from 'node:fs';

export function createChecks(log) {
  const started = Date.now();
  const checks = [];

  async function check(title, fn) {
    const t0 = Date.now();
    try {
      await fn();
      checks.push({ title, status: 'passed', durationMs: Date.now() - t0 });
      log(`ok   ${title}`);
    } catch (e) {
      const error = `${e?.message ?? e}${e?.stderr ? `\n${e.stderr}` : ''}`;
      checks.push({
        title,
        status: 'failed',
        durationMs: Date.now() - t0,
        error,
      });
      log(`FAIL ${title}: ${error}`);
    }
  }

  /**
   * Writes the report and exits: checks that never ran (`expected` names every one) count as failed,
   * so a run that broke early is never green.
   */
  function finish(reportPath, expected) {
    for (const title of expected.slice(checks.length))
      checks.push({ title, status: 'failed', error: 'not run' });
    const failed = checks.filter(c => c.status === 'failed').length;
    const report = {
      numPassedTests: checks.length - failed,
      numFailedTests: failed,
      numPendingTests: 0,
      durationMs: Date.now() - started,
      testResults: checks,
    };
    writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    log(`${checks.length - failed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  }

  return { checks, check, finish };
}
