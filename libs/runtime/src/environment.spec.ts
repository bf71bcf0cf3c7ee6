import { loadConfig } from './config';
import { InvalidConfiguration, unknownVariables, validateEnvironment } from './environment';

/** The configuration schema (environment.ts): a wrong value names the variable, the value and what is allowed. */
describe('the environment schema', () => {
  const refusal = (env: Record<string, string>): string => {
    try {
      validateEnvironment(env);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidConfiguration);
      return (error as Error).message;
    }
    throw new Error(`accepted ${JSON.stringify(env)}`);
  };

  it.each([
    [{ GONGJIAN_BUS: 'kafak' }, 'GONGJIAN_BUS="kafak": must be one of memory, kafka'],
    [{ GONGJIAN_MAX_CONSUMER_LAG: 'abc' }, 'GONGJIAN_MAX_CONSUMER_LAG="abc": must be a whole number, at least 0'],
    [{ PORT: '99999' }, 'PORT="99999": must be a whole number from 0 to 65535'],
    [{ PORT: '80.5' }, 'PORT="80.5": must be a whole number from 0 to 65535'],
    [
      { GONGJIAN_EVENT_STORE: 'cassandra' },
      'GONGJIAN_EVENT_STORE="cassandra": must be one of sqlite, eventstoredb, postgres',
    ],
    [
      { POSTGRES_URL: 'mysql://user:hunter2@db/gongjian' },
      'POSTGRES_URL=(32 characters, not shown): must be a URL starting with postgres:// or postgresql://',
    ],
    [{ GONGJIAN_READ_STORE: 'redis' }, 'GONGJIAN_READ_STORE="redis": must be one of memory, mongodb'],
    [{ GONGJIAN_SERVICE: 'billing' }, 'GONGJIAN_SERVICE="billing": must be one of platform, organizations'],
    [{ GONGJIAN_REBUILD_READ_MODELS: 'yes' }, 'GONGJIAN_REBUILD_READ_MODELS="yes": must be one of 0, 1'],
    [{ GONGJIAN_JWT_TTL: '2d' }, 'GONGJIAN_JWT_TTL="2d": must be a duration between 1m and 24h'],
    [{ GONGJIAN_IDEMPOTENCY_LEASE_MS: '10' }, 'GONGJIAN_IDEMPOTENCY_LEASE_MS="10": must be a whole number from 1000'],
    [{ GONGJIAN_LEADER_LEASE_MS: '500' }, 'GONGJIAN_LEADER_LEASE_MS="500": must be a whole number from 1000'],
    [{ KAFKA_TOPIC_PREFIX: 'city.one' }, 'KAFKA_TOPIC_PREFIX="city.one": must be 1–100 letters, digits'],
    [{ KAFKA_BROKERS: 'kafka' }, 'KAFKA_BROKERS="kafka": must be host:port, comma-separated'],
    [{ MATCHING_URL: 'matching:3104' }, 'MATCHING_URL="matching:3104": must be an http:// or https:// URL'],
    [{ GONGJIAN_LOG_LEVEL: 'verbose' }, 'GONGJIAN_LOG_LEVEL="verbose": must be one of fatal, error, warn, info'],
  ])('refuses %j', (env, message) => {
    expect(refusal(env)).toContain(message);
  });

  it('names every wrong variable at once, by name', () => {
    const message = refusal({ PORT: 'http', GONGJIAN_BUS: 'kafak', GONGJIAN_READ_STORE: 'memory' });
    expect(message.split('\n').slice(1)).toEqual([
      expect.stringContaining('GONGJIAN_BUS="kafak"'),
      expect.stringContaining('PORT="http"'),
    ]);
  });

  it('never prints a secret, only its length', () => {
    const message = refusal({
      GONGJIAN_METRICS_TOKEN: 'short-token',
      MONGODB_URL: 'postgres://user:hunter2@db',
    });
    expect(message).toContain('GONGJIAN_METRICS_TOKEN=(11 characters, not shown): must be at least 32 characters');
    expect(message).toContain('MONGODB_URL=(26 characters, not shown): must be a URL starting with mongodb://');
    expect(message).not.toMatch(/short-token|hunter2/);
  });

  it('takes an empty variable for unset, and gives numbers as numbers', () => {
    expect(validateEnvironment({ PORT: '', GONGJIAN_BUS: '' })).toMatchObject({ PORT: undefined });
    expect(validateEnvironment({ PORT: '8080', GONGJIAN_MAX_CONSUMER_LAG: '0' })).toMatchObject({
      PORT: 8080,
      GONGJIAN_MAX_CONSUMER_LAG: 0,
    });
    expect(loadConfig({ PORT: '8080', KAFKA_BROKERS: 'a:9092, b:9092', GONGJIAN_TRUST_PROXY: '2' })).toMatchObject({
      port: 8080,
      kafkaBrokers: ['a:9092', 'b:9092'],
      trustProxy: 2,
    });
  });

  it('knows its variables: an unknown GONGJIAN_* is most likely a typo', () => {
    expect(
      unknownVariables({ GONGJIAN_BUSS: 'kafka', GONGJIAN_BUS: 'kafka', GONGJIAN_URL: 'x', PATH: '/bin' }),
    ).toEqual(['GONGJIAN_BUSS']);
  });
});
