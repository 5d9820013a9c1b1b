// Prints the one line CI reads, "N passed, N failed", summed over every Jest JSON report in the
// folder given (test-results/ by default). A report that is missing counts nothing: the exit code
// of `make test` still says the run failed.
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
  passed += report.numPassedTests ?? 0;
  // A suite that fails to load has no failed *tests*; count it as one failure so it is not lost.
  failed +=
    (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log(
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
