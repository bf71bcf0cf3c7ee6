import { Controller, Get, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { type ClientRequest, type IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { BODY_LIMIT_BYTES, securityHeaders } from '@gongjian/http';
import { declaredRoutes, methodNotAllowed, serveConsole } from '@gongjian/runtime';
import { ROUTE_OWNERS, serviceUrls } from './routes';

const urls = () => serviceUrls();
const startedAt = Date.now();

/** How long the readiness detail waits for each service's /health/ready. */
const checkMillis = () => Number(process.env.GATEWAY_HEALTH_TIMEOUT_MS ?? 1500);
/** How long a forwarded request may stay without an answer before the gateway answers 504. */
const upstreamMillis = () => Number(process.env.GATEWAY_UPSTREAM_TIMEOUT_MS ?? 60_000);

/** One service behind the gateway, as the gateway's readiness detail reports it. */
export interface UpstreamHealth {
  /** up: its /health/ready answered 200 (ok or degraded); down: anything else */
  status: 'up' | 'down';
  /** the HTTP status it answered (null: no answer) */
  httpStatus: number | null;
  /** its readiness body (on 503, the details it gave) */
  answer?: unknown;
  /** why there was no answer: ECONNREFUSED, ETIMEDOUT, ENOTFOUND… */
  error?: string;
  message?: string;
  millis: number;
}

/** The code of a failed fetch or proxied request (undici puts the socket error under `cause`). */
function failureCode(error: unknown): string {
  const e = error as { name?: string; code?: string; cause?: { code?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'ETIMEDOUT';
  return e?.cause?.code ?? e?.code ?? 'ERROR';
}

const FAILURES: Record<string, string> = {
  ECONNREFUSED: 'connection refused (the service is not running or has no ready pod)',
  ECONNRESET: 'the connection was closed before an answer (the service died mid-request)',
  ETIMEDOUT: 'no answer in time',
  ENOTFOUND: 'the service name does not resolve',
  EAI_AGAIN: 'the service name does not resolve (DNS)',
  EHOSTUNREACH: 'the service host is unreachable',
};

async function checkUpstream(url: string): Promise<UpstreamHealth> {
  const started = Date.now();
  try {
    const res = await fetch(`${url}/api/v1/health/ready`, { signal: AbortSignal.timeout(checkMillis()) });
    const body = (await res.json().catch(() => null)) as { details?: unknown } | null;
    const answer = res.ok ? body : (body?.details ?? body);
    return { status: res.ok ? 'up' : 'down', httpStatus: res.status, answer, millis: Date.now() - started };
  } catch (error) {
    const code = failureCode(error);
    // no addresses: this page is public
    return { status: 'down', httpStatus: null, error: code, message: FAILURES[code], millis: Date.now() - started };
  }
}

/**
 * Probes (docs/ops/health.md). The gateway is live and ready while it runs: one sick service must
 * not take every gateway pod out of the load balancer, its routes answer 502/503/504 on their own
 * while the other services' routes keep working. The readiness detail lists every configured
 * service, up or down, with what its /health/ready answered.
 */
@Controller('api/v1/health')
class GatewayHealthController {
  /** Readiness, kept for the scripts that used /health before the split. */
  @Get()
  health() {
    return this.ready();
  }

  @Get('live')
  live() {
    return { status: 'ok', service: 'gateway', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) };
  }

  /** 200 while the gateway runs: `ok` when every service is up, `degraded` (with which) otherwise. */
  @Get('ready')
  async ready() {
    const configured = Object.entries(urls()).filter((entry): entry is [string, string] => !!entry[1]);
    const results = await Promise.all(configured.map(([, url]) => checkUpstream(url)));
    const upstreams = Object.fromEntries(configured.map(([service], i) => [service, results[i]]));
    const checks = Object.fromEntries(
      configured.map(([service], i) => [
        service,
        results[i].status === 'up' ? 'ok' : `down (${results[i].httpStatus ?? results[i].error})`,
      ]),
    );
    const down = configured.filter((_, i) => results[i].status === 'down').map(([service]) => service);
    return { status: down.length ? 'degraded' : 'ok', service: 'gateway', down, checks, upstreams };
  }
}

@Module({ controllers: [GatewayHealthController] })
class GatewayModule {}

/**
 * What the gateway answers when forwarding to `service` fails: 502 when there is no answer to be
 * had (connection refused: the service is down or has no ready pod; reset: it died mid-request),
 * 504 when it did not answer in time (GATEWAY_UPSTREAM_TIMEOUT_MS). Only that service's routes.
 */
function forwardingFailed(service: string) {
  const log = new Logger('Gateway');
  return (error: Error, req: IncomingMessage, res: ServerResponse | Socket) => {
    const code = failureCode(error);
    const status = code === 'ETIMEDOUT' ? 504 : 502;
    log.warn(`${req.method} ${req.url} → ${service}: ${code} (${status})`);
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

/** Gives up on a forwarded request without an answer after `millis`, as ETIMEDOUT (→ 504). */
function upstreamTimeout(millis: number) {
  return (proxyReq: ClientRequest) =>
    proxyReq.setTimeout(millis, () =>
      proxyReq.destroy(Object.assign(new Error(`no answer within ${millis} ms`), { code: 'ETIMEDOUT' })),
    );
}

/**
 * The OpenAPI document of the whole API behind the gateway: each configured service's own
 * OpenAPI 3.1 document (`/api/v1/docs-json`), keeping the paths that service owns (ROUTE_OWNERS);
 * each service's links lead to its own operations. A service that does not answer is named in the
 * description rather than failing the page.
 */
async function gatewayDocument(base: OpenAPIObject): Promise<OpenAPIObject> {
  const paths: OpenAPIObject['paths'] = { ...GATEWAY_HEALTH };
  const schemas: Record<string, unknown> = {};
  const unavailable: string[] = [];
  let description = base.info.description ?? '';
  for (const [service, url] of Object.entries(urls())) {
    if (!url) continue;
    const doc = (await fetch(`${url}/api/v1/docs-json`, { signal: AbortSignal.timeout(3000) })
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null)) as OpenAPIObject | null;
    if (!doc) {
      unavailable.push(service);
      continue;
    }
    for (const [path, item] of Object.entries(doc.paths)) {
      if (ROUTE_OWNERS[path.split('/')[3]] === service) paths[path] = item;
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
  'readiness: 200 while the gateway runs; `status` is ok when every service behind it is up, degraded otherwise, `upstreams` has each one with its own /health/ready answer';

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
  if (length <= BODY_LIMIT_BYTES) return next();
  // Node reads and drops the rest of the body, so the client gets to read this answer
  res.status(413).json({
    statusCode: 413,
    error: 'payload_too_large',
    message: `the request body is larger than ${BODY_LIMIT_BYTES} bytes`,
  });
}

/**
 * The HTTP edge of the distributed runtime: forwards `/api/v1/*` to the owning service, keeping
 * method, headers (Authorization, Idempotency-Key, If-Match, X-Correlation-Id) and body as they
 * are. Services validate and authorise on their own (and send their own security headers); the
 * gateway adds the same headers to what it answers itself (the console, 404, 503) and no state.
 */
export async function startGateway(port = Number(process.env.PORT ?? 3000), host = process.env.HOST ?? '127.0.0.1') {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule, {
    bodyParser: false,
    logger: ['warn', 'error'],
  });
  app.disable('x-powered-by');
  app.use(securityHeaders());
  // its own routes (the probes): an undeclared method is 405; the services answer theirs alike
  app.use(methodNotAllowed(declaredRoutes(app), ''));
  app.use('/api/v1', refuseOversizedBodies);
  const proxies = new Map<string, (req: Request, res: Response, next: NextFunction) => unknown>();
  for (const [service, url] of Object.entries(urls())) {
    if (!url) continue;
    const proxy = createProxyMiddleware({
      target: url,
      changeOrigin: false,
      xfwd: true,
      on: { error: forwardingFailed(service), proxyReq: upstreamTimeout(upstreamMillis()) },
    });
    proxies.set(service, proxy);
  }
  app.use('/api/v1', (req: Request, res: Response, next: NextFunction) => {
    const segment = req.url.split('?')[0].split('/')[1] ?? '';
    if (segment === 'health' || segment.startsWith('docs')) return next();
    const owner = ROUTE_OWNERS[segment];
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
    return proxy(req, res, next);
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
      patchDocumentOnRequest: (_req, _res, document) => gatewayDocument(document),
    },
  );
  // the web console at `/` (dist/console, or GONGJIAN_CONSOLE_DIR)
  const compiled = __dirname.split(/[\\/]/).includes('dist');
  serveConsole(
    app,
    process.env.GONGJIAN_CONSOLE_DIR ?? join(__dirname, '../../..', compiled ? 'console' : 'dist/console'),
  );
  app.enableShutdownHooks();
  await app.listen(port, host);
  return app;
}
