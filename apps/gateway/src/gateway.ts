import { Controller, Get, Module, ServiceUnavailableException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { join } from 'node:path';
import { BODY_LIMIT_BYTES, securityHeaders } from '@gongjian/http';
import { serveConsole } from '@gongjian/runtime';
import { ROUTE_OWNERS, serviceUrls } from './routes';

const urls = () => serviceUrls();

@Controller('api/v1/health')
class GatewayHealthController {
  /** The gateway is healthy when every configured service answers its /health with 200. */
  @Get()
  async health() {
    const checks: Record<string, string> = {};
    for (const [service, url] of Object.entries(urls())) {
      if (!url) continue;
      checks[service] = await fetch(`${url}/api/v1/health`, { signal: AbortSignal.timeout(2000) })
        .then((r) => (r.ok ? 'ok' : `down (${r.status})`))
        .catch((e: Error) => `down (${e.message})`);
    }
    const status = Object.values(checks).every((c) => c === 'ok') ? 'ok' : 'down';
    if (status !== 'ok') {
      throw new ServiceUnavailableException({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'unhealthy',
        details: checks,
      });
    }
    return { status, checks };
  }
}

@Module({ controllers: [GatewayHealthController] })
class GatewayModule {}

/**
 * The OpenAPI document of the whole API behind the gateway: each configured service's own
 * document (`/api/v1/docs-json`), keeping the paths that service owns (ROUTE_OWNERS). A service
 * that does not answer is named in the description rather than failing the page.
 */
async function gatewayDocument(base: OpenAPIObject): Promise<OpenAPIObject> {
  const paths: OpenAPIObject['paths'] = { '/api/v1/health': GATEWAY_HEALTH };
  const schemas: Record<string, unknown> = {};
  const unavailable: string[] = [];
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
    Object.assign(schemas, doc.components?.schemas);
  }
  const note = unavailable.length ? ` Not answering now, so not listed: ${unavailable.join(', ')}.` : '';
  return {
    ...base,
    info: { ...base.info, description: `${base.info.description ?? ''}${note}` },
    paths,
    components: { ...base.components, schemas: { ...base.components?.schemas, ...schemas } as never },
  };
}

const GATEWAY_HEALTH = {
  get: {
    operationId: 'Gateway.health',
    tags: ['health'],
    description: 'the gateway is healthy when every configured service answers its /health with 200',
    responses: { '200': { description: 'every service is up' }, '503': { description: 'a service is down' } },
    security: [],
  },
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
    error: 'Payload Too Large',
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
  app.use('/api/v1', refuseOversizedBodies);
  const proxies = new Map<string, ReturnType<typeof createProxyMiddleware>>();
  for (const [service, url] of Object.entries(urls())) {
    if (url) proxies.set(service, createProxyMiddleware({ target: url, changeOrigin: false, xfwd: true }));
  }
  app.use('/api/v1', (req: Request, res: Response, next: NextFunction) => {
    const segment = req.url.split('?')[0].split('/')[1] ?? '';
    if (segment === 'health' || segment.startsWith('docs')) return next();
    const owner = ROUTE_OWNERS[segment];
    const proxy = owner ? proxies.get(owner) : undefined;
    if (!proxy) {
      res.status(owner ? 503 : 404).json({
        statusCode: owner ? 503 : 404,
        error: owner ? 'Service Unavailable' : 'Not Found',
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
