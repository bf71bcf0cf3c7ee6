import { Controller, Get, type INestApplication, Module, ServiceUnavailableException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { join } from 'node:path';
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
 * The HTTP edge of the distributed runtime: forwards `/api/v1/*` to the owning service, keeping
 * method, headers (Authorization, Idempotency-Key, If-Match, X-Correlation-Id) and body as they
 * are. Services validate and authorise on their own; the gateway adds no state.
 */
export async function startGateway(port = Number(process.env.PORT ?? 3000), host = process.env.HOST ?? '127.0.0.1') {
  const app: INestApplication = await NestFactory.create(GatewayModule, {
    bodyParser: false,
    logger: ['warn', 'error'],
  });
  const proxies = new Map<string, ReturnType<typeof createProxyMiddleware>>();
  for (const [service, url] of Object.entries(urls())) {
    if (url) proxies.set(service, createProxyMiddleware({ target: url, changeOrigin: false, xfwd: true }));
  }
  app.use('/api/v1', (req: Request, res: Response, next: NextFunction) => {
    const segment = req.url.split('?')[0].split('/')[1] ?? '';
    if (segment === 'health') return next();
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
