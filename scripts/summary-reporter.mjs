// Writes the browser suite's counts to the file named by PARLEY_TEST_RESULTS (set by `npm test`)
// so that it can print one plain "N passed, N failed" line for the whole suite (the runner's own
// summary is not one). Runs started by hand write nothing, so they never overwrite the counts of
// an `npm test` running at the same time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: sessions.length, broken: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.broken++;
      }
      const file = process.env.PARLEY_TEST_RESULTS;
      if (!file) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
