import { type DynamicModule, Logger, type LoggerService, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { TerminusModule } from '@nestjs/terminus';
import type { NextFunction, Request, Response } from 'express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { type ClientRequest, type IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { pinoHttp } from 'pino-http';
import {
  BODY_LIMIT_BYTES,
  correlationIdOf,
  type GongjianRequest,
  isFileUpload,
  securityHeaders,
  UPLOAD_MAX_BYTES,
} from '@gongjian/http';
import {
  createLogger,
  declaredRoutes,
  logSettings,
  methodNotAllowed,
  QuietNestLogger,
  requestLogging,
  serveConsole,
  validateVariables,
  withLogging,
} from '@gongjian/runtime';
import { gatewayConfig, GatewayEnvironment, type GatewaySettings } from './gateway.config';
import { FAILURES } from './failures';
import { GatewayHealthController } from './health.controller';
import { ownerOf } from './routes';
import { DEAD_UPSTREAM_CODES, failureCode, GatewayUpstreams, type Upstreams } from './upstreams';

/**
 * The gateway's root: its settings validated by @nestjs/config at start (gateway.config.ts), the
 * probes on @nestjs/terminus.
 */
@Module({})
class GatewayModule {
  static forRoot(): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          validate: (env) => validateVariables(GatewayEnvironment, env),
        }),
        ConfigModule.forFeature(gatewayConfig),
        TerminusModule.forRoot({ logger: false }),
      ],
      controllers: [GatewayHealthController],
      providers: [GatewayUpstreams],
    };
  }
}

/** A request on its way through the gateway: the replicas it was sent to. */
type Forwarded = IncomingMessage & { tried?: Set<number> };

/** Reads: sent again to another replica when the one tried gave no answer (nothing was done there that matters). */
const IDEMPOTENT_READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * What the gateway does when forwarding to replica `replica` of `service` fails. A replica that
 * could not be reached (refused, reset, unreachable) is left out of the round-robin for a while,
 * and a read is sent to the next replica not tried yet. Otherwise: 502 when there is no answer to
 * be had (connection refused: the service is down or has no ready pod; reset: it died
 * mid-request), 504 when it did not answer in time (GATEWAY_UPSTREAM_TIMEOUT_MS). Only that
 * service's routes. A write is not sent again: its body has been read, and only the client knows
 * whether to retry (with its Idempotency-Key).
 */
function forwardingFailed(service: string, replica: number, upstreams: Upstreams, retry: Forward) {
  const log = new Logger('Gateway');
  return (error: Error, req: IncomingMessage, res: ServerResponse | Socket) => {
    const code = failureCode(error);
    const { correlationId } = req as GongjianRequest;
    const path = req.url?.split('?')[0];
    if (DEAD_UPSTREAM_CODES.has(code)) upstreams.markDead(replica, code);
    const tried = (req as Forwarded).tried ?? new Set<number>();
    const left = upstreams.urls.length - tried.size;
    if (
      DEAD_UPSTREAM_CODES.has(code) &&
      IDEMPOTENT_READS.has(req.method ?? '') &&
      left > 0 &&
      res instanceof ServerResponse &&
      !res.headersSent
    ) {
      log.warn({
        msg: `${req.method} ${path} → ${service} #${replica + 1}: ${code}, sent to another replica`,
        correlationId,
      });
      return void retry(req as Request, res as Response);
    }
    const status = code === 'ETIMEDOUT' ? 504 : 502;
    log.warn({ msg: `${req.method} ${path} → ${service} #${replica + 1}: ${code} (${status})`, correlationId });
    if (!(res instanceof ServerResponse)) return void res.destroy();
    if (res.headersSent) return void res.destroy();
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(
      JSON.stringify({
        statusCode: status,
        error: status === 504 ? 'gateway_timeout' : 'bad_gateway',
        message: `the ${service} service ${status === 504 ? 'did not answer in time' : 'is not reachable'}: ${FAILURES[code] ?? code}`,
        details: { service, code },
      }),
    );
  };
}

type Forward = (req: Request, res: Response) => unknown;

/**
 * Before a request is forwarded: the service gets the gateway's correlation id (its log lines then
 * carry the same one), and an answer not come after `millis` gives up as ETIMEDOUT (→ 504).
 */
function forwarding(millis: number) {
  return (proxyReq: ClientRequest, req: IncomingMessage) => {
    proxyReq.setHeader('X-Correlation-Id', correlationIdOf(req as GongjianRequest));
    proxyReq.setTimeout(millis, () =>
      proxyReq.destroy(Object.assign(new Error(`no answer within ${millis} ms`), { code: 'ETIMEDOUT' })),
    );
  };
}

/**
 * The OpenAPI document of the whole API behind the gateway: each configured service's own
 * OpenAPI 3.1 document (`/api/v1/docs-json`), keeping the paths that service owns (ROUTE_OWNERS);
 * each service's links lead to its own operations. A service that does not answer is named in the
 * description rather than failing the page.
 */
async function gatewayDocument(base: OpenAPIObject, urls: GatewaySettings['urls']): Promise<OpenAPIObject> {
  const paths: OpenAPIObject['paths'] = { ...GATEWAY_HEALTH };
  const schemas: Record<string, unknown> = {};
  const unavailable: string[] = [];
  let description = base.info.description ?? '';
  for (const [service, replicas] of Object.entries(urls)) {
    if (!replicas) continue;
    let doc: OpenAPIObject | null = null;
    for (const url of replicas) {
      doc = (await fetch(`${url}/api/v1/docs-json`, { signal: AbortSignal.timeout(3000) })
        .then((r) => (r.ok ? r.json() : null))
        .catch(() => null)) as OpenAPIObject | null;
      if (doc) break;
    }
    if (!doc) {
      unavailable.push(service);
      continue;
    }
    for (const [path, item] of Object.entries(doc.paths)) {
      if (ownerOf(path.slice('/api/v1'.length)) === service) paths[path] = item;
    }
    // the services' own account of the conventions (errors, lists, Idempotency-Key, If-Match, 405)
    description = doc.info.description ?? description;
    Object.assign(schemas, doc.components?.schemas);
  }
  const note = unavailable.length ? ` Not answering now, so not listed: ${unavailable.join(', ')}.` : '';
  return {
    ...base,
    openapi: '3.1.0',
    info: { ...base.info, description: `${description}${note}` },
    paths,
    components: { ...base.components, schemas: { ...base.components?.schemas, ...schemas } as never },
  };
}

const probe = (operationId: string, description: string) => ({
  get: {
    operationId,
    tags: ['health'],
    description,
    responses: { '200': { description: 'the gateway runs' } },
    security: [],
  },
});

const READY =
  'readiness: 200 while the gateway runs; `status` is ok when every service behind it is up, degraded otherwise, `details` has each one (a terminus indicator) with its own /health/ready answer';

const GATEWAY_HEALTH = {
  '/api/v1/health': probe('Gateway.health', `${READY} (the same as /health/ready)`),
  '/api/v1/health/live': probe('Gateway.live', 'liveness: 200 while the gateway process answers'),
  '/api/v1/health/ready': probe('Gateway.ready', READY),
};

/**
 * A body that declares itself larger than the services accept is 413 here, before it travels; the
 * services still enforce the limit on bodies without a Content-Length (chunked).
 */
function refuseOversizedBodies(req: Request, res: Response, next: NextFunction): void {
  const length = Number(req.headers['content-length'] ?? 0);
  // a spreadsheet's upload: the import route refuses one over UPLOAD_MAX_BYTES itself (413 naming it)
  const limit = isFileUpload({ method: req.method, headers: req.headers, path: `/api/v1${req.path}` })
    ? UPLOAD_MAX_BYTES + 64 * 1024
    : BODY_LIMIT_BYTES;
  if (length <= limit) return next();
  // Node reads and drops the rest of the body, so the client gets to read this answer
  res.status(413).json({
    statusCode: 413,
    error: 'payload_too_large',
    message: `the request body is larger than ${limit} bytes`,
  });
}

export interface GatewayOptions {
  /** default: PORT (3000) */
  port?: number;
  /** default: HOST (127.0.0.1) */
  host?: string;
  /** pino by default (logging.ts: JSON lines, pretty in a terminal); `false` silences it (tests) */
  logger?: LoggerService | false;
}

/**
 * The HTTP edge of the distributed runtime: forwards `/api/v1/*` to the owning service, keeping
 * method, headers (Authorization, Idempotency-Key, If-Match, X-Correlation-Id) and body as they
 * are. Services validate and authorise on their own (and send their own security headers); the
 * gateway adds the same headers to what it answers itself (the console, 404, 503) and no state.
 * Every request gets a correlation id here (its own X-Correlation-Id, or a new one), forwarded to
 * the service and on the gateway's request line.
 */
export async function startGateway(options: GatewayOptions = {}) {
  const pino = options.logger === undefined ? createLogger(logSettings()) : null;
  // nestjs-pino binds the request's logger for the gateway's own routes; the request lines come
  // from pino-http below, before the proxies, so forwarded requests have theirs too
  const root = pino ? withLogging(GatewayModule.forRoot(), pino, { requestLines: false }) : GatewayModule.forRoot();
  const app = await NestFactory.create<NestExpressApplication>(root, {
    bodyParser: false,
    logger: pino ? QuietNestLogger.over(pino) : (options.logger ?? false),
    abortOnError: false,
  });
  pino?.setBindings({ service: 'gateway' });
  const settings = app.get<GatewaySettings>(gatewayConfig.KEY);
  app.disable('x-powered-by');
  app.use((req: GongjianRequest, res: Response, next: NextFunction) => {
    res.setHeader('X-Correlation-Id', correlationIdOf(req));
    next();
  });
  if (pino) app.use(pinoHttp(requestLogging(pino)));
  app.use(securityHeaders());
  // its own routes (the probes): an undeclared method is 405; the services answer theirs alike
  app.use(methodNotAllowed(declaredRoutes(app), ''));
  app.use('/api/v1', refuseOversizedBodies);
  // each service: its replicas in a round-robin, one proxy per replica
  const proxies = new Map<string, Forward>();
  for (const [service, upstreams] of app.get(GatewayUpstreams).byService) {
    const urls = upstreams.urls;
    const forward: Forward = (req, res) => {
      const tried = ((req as Forwarded).tried ??= new Set());
      const replica = upstreams.pick(tried)!;
      tried.add(replica);
      return replicas[replica](req, res, () => undefined);
    };
    const replicas = urls.map((target, replica) =>
      createProxyMiddleware({
        target,
        changeOrigin: false,
        xfwd: true,
        on: {
          error: forwardingFailed(service, replica, upstreams, forward),
          proxyReq: forwarding(settings.upstreamTimeoutMs),
          proxyRes: () => upstreams.markAlive(replica),
        },
      }),
    );
    proxies.set(service, forward);
  }
  app.use('/api/v1', (req: Request, res: Response, next: NextFunction) => {
    const segment = req.url.split('?')[0].split('/')[1] ?? '';
    if (segment === 'health' || segment.startsWith('docs')) return next();
    const owner = ownerOf(req.url);
    const proxy = owner ? proxies.get(owner) : undefined;
    if (!proxy) {
      res.status(owner ? 503 : 404).json({
        statusCode: owner ? 503 : 404,
        error: owner ? 'service_unavailable' : 'not_found',
        message: owner
          ? `the ${owner} service is not configured (${owner.toUpperCase()}_URL)`
          : `no route /api/v1/${segment}`,
      });
      return;
    }
    req.url = `/api/v1${req.url}`;
    return proxy(req, res);
  });
  // Swagger UI and the merged document, before the proxy: these are the gateway's own
  const base = new DocumentBuilder()
    .setTitle('gongjian API')
    .setDescription('The public API of gongjian (DESIGN §4), merged from the services behind this gateway.')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  SwaggerModule.setup(
    'api/v1/docs',
    app,
    { ...base, paths: {} },
    {
      jsonDocumentUrl: 'api/v1/docs-json',
      yamlDocumentUrl: 'api/v1/docs-yaml',
      customSiteTitle: 'gongjian API',
      swaggerOptions: { validatorUrl: null },
      patchDocumentOnRequest: (_req, _res, document) => gatewayDocument(document, settings.urls),
    },
  );
  // the web console at `/` (dist/console, or GONGJIAN_CONSOLE_DIR)
  const compiled = __dirname.split(/[\\/]/).includes('dist');
  serveConsole(app, settings.consoleDir ?? join(__dirname, '../../..', compiled ? 'console' : 'dist/console'));
  app.enableShutdownHooks();
  await app.listen(options.port ?? settings.port, options.host ?? settings.host);
  return app;
}
