/** Contract suites against real servers (Kafka, MongoDB wire protocol, PostgreSQL, EventStoreDB). */
const base = require('./jest.base');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.infra.spec.ts'],
  testTimeout: 120000,
  // network clients (kafkajs, the MongoDB driver) can keep a socket or timer alive after their
  // suites closed them; CI must never hang on that
  forceExit: true,
};
