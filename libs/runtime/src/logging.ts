import { type DynamicModule, type LoggerService, Module, RequestMethod, type Type } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { Logger as NestPinoLogger, LoggerModule, PinoLogger } from 'nestjs-pino';
import pino, { type DestinationStream, type Logger as Pino } from 'pino';
import type { Options as PinoHttpOptions } from 'pino-http';
import { correlationIdOf, type GongjianRequest, requestLogContext } from '@gongjian/http';
import { type LogLevelName, validateEnvironment } from './environment';

/** How this process logs: the lowest level, and JSON lines or pretty ones for a terminal. */
export interface LogSettings {
  level: LogLevelName;
  pretty: boolean;
}

/** pino-pretty is a devDependency: in a source checkout it is there, in the production image it is not. */
function prettyInstalled(): boolean {
  try {
    require.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/**
 * GONGJIAN_LOG_LEVEL (default info) and GONGJIAN_LOG_FORMAT; without a format, pretty when standard
 * output is a terminal and pino-pretty is installed, JSON lines otherwise. A wrong value falls back
 * to the defaults here: the configuration's own validation refuses the start and says why.
 */
export function logSettings(env: NodeJS.ProcessEnv = process.env, tty = process.stdout.isTTY === true): LogSettings {
  let level: LogLevelName = 'info';
  let format: 'json' | 'pretty' | undefined;
  try {
    const valid = validateEnvironment(env);
    level = valid.GONGJIAN_LOG_LEVEL ?? level;
    format = valid.GONGJIAN_LOG_FORMAT;
  } catch {
    // reported by the start itself
  }
  const pretty = format === 'pretty' || (format === undefined && tty);
  return { level, pretty: pretty && prettyInstalled() };
}

/**
 * What never reaches a log line, wherever it is in what a line logs: credentials (a bearer token,
 * cookies, passwords, secrets) and the personal data a member's record holds. Request lines carry
 * no headers and no bodies in the first place (`serializers`); this is the net under that.
 */
const SECRET_KEYS = [
  'authorization',
  'cookie',
  'password',
  'currentPassword',
  'newPassword',
  'accessToken',
  'token',
  'secret',
  'jwtSecret',
  'phone',
  'idNumber',
  'address',
];
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`]),
];

/** The one pino logger of the process: JSON lines on standard output, or pino-pretty in a terminal. */
export function createLogger(settings: LogSettings, destination?: DestinationStream): Pino {
  const options: pino.LoggerOptions = {
    level: settings.level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // the actor of the request this line is written for, once the guard has authenticated it
    mixin: () => requestLogContext(),
  };
  if (destination) return pino(options, destination);
  if (!settings.pretty) return pino(options, pino.destination({ dest: 1, sync: true }));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pretty = require('pino-pretty') as typeof import('pino-pretty');
  return pino(
    options,
    pretty({
      sync: true,
      colorize: true,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname,service,context,req,res,responseTime,correlationId,actor',
      messageFormat: '{if context}[{context}] {end}{msg}',
    }),
  );
}

const isProbe = (url = '') => /^\/api\/v1\/(health|metrics)(\/|\?|$)/.test(url);
const pathOf = (url = '') => url.split('?')[0];

/**
 * pino-http's request line: one per request when its answer is sent, with the correlation id
 * (also on every line logged while handling it), the actor once authenticated, method, path (no
 * query: it may carry names), client address, status and time. Probes that answer well are not
 * logged (a readiness probe every 5 s per pod); 5xx are errors, without a stack of their own.
 */
export function requestLogging(logger: Pino): PinoHttpOptions {
  type Req = IncomingMessage & GongjianRequest;
  return {
    logger,
    genReqId: (req) => correlationIdOf(req as Req),
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'correlationId' },
    serializers: {
      req: (req: { method: string; url: string; raw: Req }) => ({
        method: req.method,
        url: pathOf(req.url),
        ip: req.raw.ip ?? req.raw.socket?.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (req, res, error) => {
      if (error || res.statusCode >= 500) return 'error';
      return isProbe((req as Req).originalUrl ?? req.url) && res.statusCode < 400 ? 'silent' : 'info';
    },
    customSuccessObject: (req, _res, value) => ({ ...value, ...actorOf(req as Req) }),
    // a 5xx is logged with its stack where it was thrown (ErrorFilter); pino-http's own error
    // here would only be "failed with status code 502" and the stack of pino-http
    customErrorObject: (req, _res, _error, { err: _err, ...value }) => ({ ...value, ...actorOf(req as Req) }),
    customSuccessMessage: (req, res, millis) =>
      `${req.method} ${pathOf((req as Req).originalUrl ?? req.url)} ${res.statusCode} in ${millis} ms`,
    customErrorMessage: (req, res) =>
      `${req.method} ${pathOf((req as Req).originalUrl ?? req.url)} failed with ${res.statusCode}`,
  };
}

function actorOf(req: GongjianRequest): object {
  const actor = req.actor;
  return actor ? { actor: { accountId: actor.accountId, role: actor.role, orgId: actor.orgId } } : {};
}

/**
 * Nest's start-up chatter: a line per module initialised, per controller and per route mapped;
 * and ExceptionHandler, which logs a failed start that startApp throws to its caller anyway (the
 * `main.ts` reports it once, exitOnStartFailure).
 */
const CHATTER = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'ExceptionHandler']);

/**
 * Nest's own lines through pino, without the route table: the routes are counted and said in one
 * line when the application has started. Everything else (every `new Logger('X')` of the libs and
 * apps, warnings, errors) passes as it is.
 */
export class QuietNestLogger implements LoggerService {
  private routes = 0;

  /** Nest's logger on `logger`, through nestjs-pino (lines written for a request carry its bindings). */
  static over(logger: Pino): QuietNestLogger {
    return new QuietNestLogger(new NestPinoLogger(new PinoLogger({ pinoHttp: { logger } }), {}));
  }

  constructor(private readonly inner: LoggerService) {}

  log(message: unknown, ...rest: unknown[]): void {
    const context = rest.at(-1);
    if (context === 'RouterExplorer') this.routes++;
    if (typeof context === 'string' && CHATTER.has(context)) return;
    if (context === 'NestApplication' && message === 'Nest application successfully started') {
      this.inner.log(`started: ${this.routes} HTTP routes`, context);
      return;
    }
    if (context === 'NestMicroservice' && message === 'Nest microservice successfully started') return;
    this.inner.log(message, ...rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    if (rest.at(-1) === 'ExceptionHandler') return;
    this.inner.error(message, ...rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.inner.warn(message, ...rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.inner.debug?.(message, ...rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.inner.verbose?.(message, ...rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.inner.fatal?.(message, ...rest);
  }
}

@Module({})
class LoggedAppModule {}

/**
 * `root` with nestjs-pino's LoggerModule beside it: pino-http's request lines, and each request's
 * logger bound for the lines written while handling it. `requestLines: false` when the app runs
 * pino-http itself, before middleware of its own that Nest's routes never see (the gateway's
 * proxies): the module then only binds the logger pino-http gave the request.
 */
export function withLogging(
  root: Type | DynamicModule,
  logger: Pino,
  { requestLines = true }: { requestLines?: boolean } = {},
): DynamicModule {
  return {
    module: LoggedAppModule,
    imports: [
      LoggerModule.forRoot({
        pinoHttp: requestLines ? requestLogging(logger) : { logger },
        ...(requestLines ? {} : { useExisting: true as const }),
        forRoutes: [{ path: '*path', method: RequestMethod.ALL }],
      }),
      root,
    ],
  };
}
