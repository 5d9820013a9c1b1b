// Prints the one line CI reads, "N passed, N failed", summed over every JSON report in the folder given
// (test-results/ by default): Jest's (unit tests, the install test) and Playwright's (the browser
// tests, test-results/playwright-report.json). A report that is missing counts nothing: the exit code
// of `make test` still says the run failed. The Playwright run writes a placeholder report counting one
// failure before it starts the servers (e2e/support/placeholder-reporter.ts), so a run that dies before
// writing its real report still counts as failed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'test-results';
let passed = 0;
let failed = 0;
let skipped = 0;
let files = [];
try {
  files = readdirSync(dir).filter(f => f.endsWith('.json'));
} catch {
  // No results folder: nothing ran.
}
for (const file of files) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  if (isPlaywrightReport(report)) {
    const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
    passed += expected;
    // Retries are off (e2e/playwright.config.ts), so no test can be flaky; if one is, it is not a pass.
    failed += unexpected + flaky;
    skipped += report.stats.skipped ?? 0;
    // Errors outside any test (a server that never started, a file that does not load): one failure
    // each, so a run that never got to its tests is not lost.
    failed += report.errors?.length ?? 0;
    continue;
  }
  passed += report.numPassedTests ?? 0;
  // A suite that fails to load has no failed *tests*; count it as one failure so it is not lost.
  failed +=
    (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log(
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
);

/** Playwright's JSON reporter writes `stats: { expected, unexpected, flaky, skipped }`; Jest has no `stats`. */
function isPlaywrightReport(report) {
  return (
    typeof report.stats === 'object' &&
    report.stats !== null &&
    'unexpected' in report.stats
  );
}
