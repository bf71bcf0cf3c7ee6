/** Every unit, contract and integration test that needs no outside server. */
const base = require('./jest.base');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '\\.infra\\.spec\\.ts$'],
};
