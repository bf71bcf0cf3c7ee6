/**
 * A jest reporter that closes every run with the plain line CI reads ("jest: N passed, N failed,
 * N skipped") and, when GONGJIAN_TEST_TALLY names a file, adds the run's counts to it as one JSON
 * line, so that .ci/run can close with the sum of all its runs (scripts/ci-tally.js).
 */
const fs = require('node:fs');

class TallyReporter {
  onRunComplete(_contexts, results) {
    const counts = {
      passed: results.numPassedTests,
      failed: results.numFailedTests,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    process.stdout.write(`\njest: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
    const file = process.env.GONGJIAN_TEST_TALLY;
    if (file) fs.appendFileSync(file, JSON.stringify(counts) + '\n');
  }
}

module.exports = TallyReporter;
