import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { ID_PATTERN } from '@gongjian/http';
import {
  getMetadataStorage,
  IsOptional,
  MaxLength,
  ValidateBy,
  validateSync,
  type ValidationError,
} from 'class-validator';

const MAX_VARIABLE_LENGTH = 4096;

/**
 * A start refused for its configuration: every variable that is wrong, with the value it has and
 * what it may be. Secrets are never shown, only their length.
 */
export class InvalidConfiguration extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration, the process does not start:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'InvalidConfiguration';
  }
}

const SECRET = Symbol('gongjian:secret-variable');

/** A variable whose value must never be printed (a password, a token, a URL with credentials). */
export function Secret(): PropertyDecorator {
  return (target, key) => Reflect.defineMetadata(SECRET, true, target, key);
}

/** A check on one variable: `allowed` says what it may be, in the words of the error message. */
const check = (test: (value: unknown) => boolean, allowed: string) =>
  ValidateBy({ name: 'gongjian', validator: { validate: test, defaultMessage: () => allowed } });

/**
 * A rule on a text variable (`check`), its value bounded too (4 kB), like every string field with
 * validation rules (dto-bounds).
 */
export function Rule(test: (value: unknown) => boolean, allowed: string): PropertyDecorator {
  const bound = MaxLength(MAX_VARIABLE_LENGTH, { message: `must be at most ${MAX_VARIABLE_LENGTH} characters` });
  return (target, key) => {
    check(test, allowed)(target, key);
    bound(target, key);
  };
}

export const OneOf = (values: readonly string[]) =>
  Rule((v) => typeof v === 'string' && values.includes(v), `must be one of ${values.join(', ')}`);

/** A whole number in [min, max], given as digits (implicit conversion: "abc" is NaN, "1.5" not whole). */
export const WholeNumber = (min: number, max?: number) =>
  check(
    (v) => typeof v === 'number' && Number.isInteger(v) && v >= min && (max === undefined || v <= max),
    max === undefined ? `must be a whole number, at least ${min}` : `must be a whole number from ${min} to ${max}`,
  );

/** `1` turns the setting on; `0` (or unset) leaves it off. Anything else is a mistake, not "off". */
export const Flag = () => OneOf(['0', '1']);

/** An absolute http(s) URL (the services behind the gateway, the audit service's owners). */
export const HttpUrl = () => Rule((v) => typeof v === 'string' && isHttpUrl(v), 'must be an http:// or https:// URL');

/** One absolute http(s) URL, or several separated by commas (the replicas of a service behind the gateway). */
export const HttpUrls = () =>
  Rule(
    (v) => typeof v === 'string' && v.split(',').every((url) => isHttpUrl(url.trim())),
    'must be an http:// or https:// URL, or several separated by commas',
  );

function isHttpUrl(v: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}

/** A URL with one of the schemes given (mongodb://, esdb://…). */
export const UrlOf = (schemes: string[]) =>
  Rule(
    (v) => typeof v === 'string' && schemes.some((s) => v.startsWith(`${s}://`)),
    `must be a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}`,
  );

/** The value as a message may show it: secrets by their length only. */
function shown(target: object, name: string, value: unknown): string {
  if (Reflect.getMetadata(SECRET, target, name)) return `(${String(value).length} characters, not shown)`;
  return JSON.stringify(value);
}

/** One line per wrong variable, by name. */
function problemsOf(errors: ValidationError[], env: Record<string, unknown>): string[] {
  const sorted = [...errors].sort((a, b) => a.property.localeCompare(b.property));
  return sorted.map((e) => {
    const allowed = Object.values(e.constraints ?? {}).join('; ');
    return `${e.property}=${shown(e.target ?? {}, e.property, env[e.property])}: ${allowed}`;
  });
}

/**
 * Validates the variables `schema` declares (class-validator, the `validate` of @nestjs/config's
 * documentation) and returns them typed: numbers as numbers. An empty variable counts as unset, as
 * it always did. Variables the schema does not declare are returned as they are (ConfigService
 * reads them). Throws InvalidConfiguration naming every wrong variable, its value and what is
 * allowed.
 */
export function validateVariables<T extends object>(schema: new () => T, env: Record<string, unknown>): T {
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const variables = plainToInstance(schema, given, { enableImplicitConversion: true });
  const errors = validateSync(variables, { skipMissingProperties: false, forbidUnknownValues: false });
  if (errors.length > 0) throw new InvalidConfiguration(problemsOf(errors, given));
  return variables;
}

/** The variable names `schema` declares. */
export function declaredVariables(schema: new () => object): string[] {
  const rules = getMetadataStorage().getTargetValidationMetadatas(schema, '', true, false);
  return [...new Set(rules.map((r) => r.propertyName))];
}

const SERVICES = [
  'platform',
  'organizations',
  'members',
  'volunteering',
  'matching',
  'funds',
  'audit',
  'assessment',
] as const;
/** Where receipt files are kept (libs/blobs): the data directory, MongoDB GridFS or an S3-compatible bucket. */
const BLOB_STORES = ['directory', 'gridfs', 's3'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** `900`, `900s`, `15m`, `1h` → seconds, within [60 s, 24 h]: a token must expire, and soon. */
export function parseJwtTtl(value: string | undefined): number {
  if (value === undefined || value === '') return 3600;
  const match = /^(\d+)\s*([smhd]?)$/.exec(value.trim());
  const seconds = match ? Number(match[1]) * DURATION_UNITS[match[2] || 's'] : NaN;
  if (!(seconds >= 60 && seconds <= 86400))
    throw new Error(`GONGJIAN_JWT_TTL must be a duration between 1m and 24h (e.g. 900, 15m, 1h); got "${value}"`);
  return seconds;
}

const isJwtTtl = (v: unknown) => {
  try {
    return typeof v === 'string' && parseJwtTtl(v) > 0;
  } catch {
    return false;
  }
};

/** `host:port[,host:port…]` */
const isBrokerList = (v: unknown) =>
  typeof v === 'string' &&
  v
    .split(',')
    .filter(Boolean)
    .every((broker) => /^[\w.-]+:\d{1,5}$/.test(broker.trim()));

/**
 * What every gongjian HTTP process reads, the gateway included: where it listens, how it logs,
 * where the web console and the services are.
 */
export class HttpEnvironment {
  @IsOptional() @WholeNumber(0, 65535) PORT?: number;
  @IsOptional()
  @Rule((v) => typeof v === 'string' && /^[\w.:[\]-]+$/.test(v), 'must be a host name or address')
  HOST?: string;
  @IsOptional() @OneOf(LOG_LEVELS) GONGJIAN_LOG_LEVEL?: LogLevelName;
  @IsOptional() @OneOf(['json', 'pretty']) GONGJIAN_LOG_FORMAT?: 'json' | 'pretty';
  @IsOptional() @Rule((v) => typeof v === 'string', 'must be a directory') GONGJIAN_CONSOLE_DIR?: string;
}

/**
 * Every variable a gongjian service process reads (README's configuration table): the schema
 * @nestjs/config validates at start. The defaults are applied in `loadConfig`, not here, so that
 * what @nestjs/config writes back into process.env is only what was given.
 */
export class RuntimeEnvironment extends HttpEnvironment {
  // the audit service asks each owner of read models at its URL, or at any of its replicas' (a list)
  @IsOptional() @HttpUrls() ORGANIZATIONS_URL?: string;
  @IsOptional() @HttpUrls() MEMBERS_URL?: string;
  @IsOptional() @HttpUrls() VOLUNTEERING_URL?: string;
  @IsOptional() @HttpUrls() MATCHING_URL?: string;
  @IsOptional() @HttpUrl() AUDIT_URL?: string;
  @IsOptional() @Rule((v) => typeof v === 'string', 'must be a directory') GONGJIAN_DATA_DIR?: string;
  @IsOptional() @Rule((v) => typeof v === 'string', 'must be a directory') GONGJIAN_KEY_DIR?: string;
  @IsOptional() @Flag() GONGJIAN_ALLOW_OPEN_PERMISSIONS?: string;
  @IsOptional()
  @OneOf(['sqlite', 'eventstoredb', 'postgres'])
  GONGJIAN_EVENT_STORE?: 'sqlite' | 'eventstoredb' | 'postgres';
  @IsOptional() @OneOf(['memory', 'kafka']) GONGJIAN_BUS?: 'memory' | 'kafka';
  @IsOptional() @OneOf(['memory', 'mongodb']) GONGJIAN_READ_STORE?: 'memory' | 'mongodb';
  @IsOptional() @OneOf(SERVICES) GONGJIAN_SERVICE?: (typeof SERVICES)[number];
  @IsOptional() @Secret() @UrlOf(['esdb', 'esdb+discover']) EVENTSTORE_URL?: string;
  @IsOptional() @Secret() @UrlOf(['postgres', 'postgresql']) POSTGRES_URL?: string;
  @IsOptional() @Rule(isBrokerList, 'must be host:port, comma-separated') KAFKA_BROKERS?: string;
  @IsOptional() @WholeNumber(1, 1000) KAFKA_PARTITIONS?: number;
  @IsOptional()
  @Rule((v) => typeof v === 'string' && /^[a-zA-Z0-9_-]{1,100}$/.test(v), "must be 1–100 letters, digits, '_' or '-'")
  KAFKA_TOPIC_PREFIX?: string;
  @IsOptional() @Secret() @UrlOf(['mongodb', 'mongodb+srv']) MONGODB_URL?: string;
  @IsOptional() @OneOf(BLOB_STORES) GONGJIAN_BLOB_STORE?: (typeof BLOB_STORES)[number];
  @IsOptional() @HttpUrl() S3_URL?: string;
  @IsOptional()
  @Rule(
    (v) => typeof v === 'string' && /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(v),
    'must be a bucket name: 3–63 lowercase letters, digits, dots and hyphens',
  )
  S3_BUCKET?: string;
  @IsOptional()
  @Rule((v) => typeof v === 'string' && /^[a-z0-9-]{1,40}$/.test(v), 'must be a region name (e.g. us-east-1)')
  S3_REGION?: string;
  @IsOptional() @Secret() @Rule((v) => typeof v === 'string', 'must be a string') S3_ACCESS_KEY_ID?: string;
  @IsOptional() @Secret() @Rule((v) => typeof v === 'string', 'must be a string') S3_SECRET_ACCESS_KEY?: string;
  @IsOptional() @Secret() @Rule((v) => typeof v === 'string', 'must be a string') GONGJIAN_JWT_SECRET?: string;
  @IsOptional()
  @Secret()
  @Rule((v) => typeof v === 'string', 'must be comma-separated secrets')
  GONGJIAN_JWT_PREVIOUS_SECRETS?: string;
  @IsOptional() @Rule(isJwtTtl, 'must be a duration between 1m and 24h (e.g. 900, 15m, 1h)') GONGJIAN_JWT_TTL?: string;
  @IsOptional()
  @Rule(
    (v) => typeof v === 'string' && ID_PATTERN.test(v),
    "must be an id, so that the API can name the account: 1–100 letters, digits, '_', '.', ':' or '-'",
  )
  GONGJIAN_ADMIN_USER?: string;
  @IsOptional() @Secret() @Rule((v) => typeof v === 'string', 'must be a string') GONGJIAN_ADMIN_PASSWORD?: string;
  @IsOptional()
  @Secret()
  @Rule((v) => typeof v === 'string' && v.length >= 32, 'must be at least 32 characters (e.g. openssl rand -hex 24)')
  GONGJIAN_METRICS_TOKEN?: string;
  @IsOptional()
  @Rule((v) => typeof v === 'string' && v.trim() !== '', 'must be a hop count, loopback, or addresses/CIDRs')
  GONGJIAN_TRUST_PROXY?: string;
  @IsOptional() @WholeNumber(1000, 3_600_000) GONGJIAN_IDEMPOTENCY_LEASE_MS?: number;
  @IsOptional() @WholeNumber(1000, 600_000) GONGJIAN_LEADER_LEASE_MS?: number;
  @IsOptional() @Flag() GONGJIAN_REBUILD_READ_MODELS?: string;
  @IsOptional() @WholeNumber(0) GONGJIAN_MAX_CONSUMER_LAG?: number;
}

/** What @nestjs/config's `validate` is given: the process's runtime variables, checked. */
export function validateEnvironment(env: Record<string, unknown>): RuntimeEnvironment {
  return validateVariables(RuntimeEnvironment, env);
}

/** GONGJIAN_* variables that the command-line tools, the build and CI read, not the server. */
const TOOL_VARIABLES = [
  'GONGJIAN_URL',
  'GONGJIAN_AUDIT_USER',
  'GONGJIAN_AUDIT_PASSWORD',
  'GONGJIAN_AUDIT_OFFLINE_OK',
  'GONGJIAN_BUILD_LOCK',
  'GONGJIAN_BUILD_LOCK_HELD',
  'GONGJIAN_CI_CACHE',
  'GONGJIAN_CI_RUN',
  'GONGJIAN_FUZZ_RUNS',
  'GONGJIAN_FUZZ_SEED',
];

/** GONGJIAN_* variables nothing reads: most likely a typo (GONGJIAN_BUSS), warned about at start. */
export function unknownVariables(env: Record<string, unknown>): string[] {
  const known = new Set([...declaredVariables(RuntimeEnvironment), ...TOOL_VARIABLES]);
  return Object.keys(env).filter((name) => name.startsWith('GONGJIAN_') && !known.has(name));
}
