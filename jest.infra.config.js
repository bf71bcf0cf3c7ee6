/** Contract suites against real servers (Kafka, MongoDB wire protocol, EventStoreDB). */
const base = require('./jest.base');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.infra.spec.ts'],
  testTimeout: 120000,
};
