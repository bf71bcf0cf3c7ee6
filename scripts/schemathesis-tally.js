/**
 * Schemathesis' JUnit report (one test case per API operation) as the plain line CI reads
 * ("schemathesis: N passed, N failed, N skipped"), added to GONGJIAN_TEST_TALLY like a jest run
 * (scripts/jest-tally.js) so that .ci/run's closing line counts the operations it checked.
 */
const fs = require('node:fs');

const xml = fs.readFileSync(process.argv[2], 'utf8');
const suites = /<testsuites\b([^>]*)>/.exec(xml);
if (!suites) throw new Error(`${process.argv[2]}: no <testsuites> element`);
const attribute = (name) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(suites[1])?.[1] ?? 0);
const failed = attribute('failures') + attribute('errors');
const skipped = attribute('skipped');
const counts = { passed: attribute('tests') - failed - skipped, failed, skipped };
process.stdout.write(`schemathesis: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
if (process.env.GONGJIAN_TEST_TALLY) fs.appendFileSync(process.env.GONGJIAN_TEST_TALLY, JSON.stringify(counts) + '\n');
