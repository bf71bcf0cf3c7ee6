/**
 * Browser tests of the web console (`npm run test:console`): the compiled platform in a child
 * process, Debian's chromium driven by playwright-core (deploy/ci/chromium.sh installs it).
 */
const base = require('./jest.base');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/console/**/*.console.ts'],
  testTimeout: 180000,
};
