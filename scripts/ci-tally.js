/**
 * The closing line of .ci/run: the tests of every jest run it made, added up from the file that
 * scripts/jest-tally.js wrote ("ci: N passed, N failed, N skipped"). No file or no run is a failure:
 * a CI that ran no test has not passed.
 */
const fs = require('node:fs');

const file = process.argv[2];
const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
const sum = { passed: 0, failed: 0, skipped: 0 };
for (const line of lines) {
  const counts = JSON.parse(line);
  for (const key of Object.keys(sum)) sum[key] += counts[key];
}
console.log(`ci: ${sum.passed} passed, ${sum.failed} failed, ${sum.skipped} skipped`);
if (lines.length === 0 || sum.passed === 0 || sum.failed > 0) process.exit(1);
