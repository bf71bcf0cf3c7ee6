import type { INestApplication, LoggerService, LogLevel, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { InProcessTransport, type InProcessBroker, RethrowEventErrorsFilter } from '@gongjian/messaging';
import { KafkaTransport } from '@gongjian/messaging/kafka.transport';
import { EVENT_STORE, type EventStore } from '@gongjian/eventing';
import {
  DOCUMENT_STORE,
  type DocumentStore,
  isReadStoreUnavailable,
  type Projection,
  type RebuildReport,
} from '@gongjian/read-models';
import { LocalReadModels } from './local-read-models';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { RuntimeConfig } from './config';
import { configureHttpApp } from './http-app';
import { serveOpenApi } from './openapi/document';
import { Runtime } from './runtime';
import { IN_PROCESS_BROKER } from './tokens';

export interface RunningApp {
  app: INestApplication;
  runtime: Runtime;
  rebuild: RebuildReport | null;
  url: string;
  /** The kernel's stores, for tests and benchmarks to look at and to break on purpose; no use case sees them. */
  inspect: Inspection;
}

export interface Inspection {
  store: EventStore;
  documents: DocumentStore;
  projections: Projection<any>[];
}

function inspection(app: INestApplication): Inspection {
  return {
    store: app.get<EventStore>(EVENT_STORE),
    documents: app.get<DocumentStore>(DOCUMENT_STORE),
    projections: app.get(LocalReadModels).runner.projections,
  };
}

function transportFor(app: INestApplication, config: RuntimeConfig): CustomTransportStrategy & Server {
  if (config.bus === 'kafka') {
    return new KafkaTransport({
      brokers: config.kafkaBrokers,
      clientId: `gongjian-${config.service}`,
      groupId: `gongjian.${config.service}`,
      partitions: config.kafkaPartitions,
      // the read store down: hold the message and retry, never dead-letter it (issue 24)
      outage: { isOutage: isReadStoreUnavailable },
    });
  }
  return new InProcessTransport(app.get<InProcessBroker>(IN_PROCESS_BROKER));
}

export interface StartOptions {
  /** a built web console (index.html and assets/) served at `/`, with an SPA fallback outside /api */
  consoleDir?: string;
}

/**
 * Serves the built web console (apps/console → dist/console) at `/`: hashed assets are cached for
 * good, index.html never; any other GET outside `/api` that asks for HTML gets index.html, so the
 * console's own routes (/needs, /audit?stream=…) survive a reload. Must run before the app's init,
 * which registers Nest's not-found handler. Without a build, `/` says how to make one.
 */
export function serveConsole(app: INestApplication | { use: (...args: any[]) => unknown }, dir: string): void {
  const index = join(dir, 'index.html');
  app.use(
    express.static(dir, {
      index: false,
      setHeaders: (res, path) =>
        res.setHeader(
          'Cache-Control',
          path.includes(join(dir, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/api' || req.path.startsWith('/api/'))
      return next();
    if (!req.accepts('html')) return next();
    if (!existsSync(index)) {
      res.status(503).type('text/plain; charset=utf-8').send('the web console is not built: npm run build:console\n');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/**
 * Starts a gongjian app — the whole platform or one service — on the adapters its configuration
 * names: HTTP API with the shared conventions, the bus transport for its @EventPattern handlers,
 * read models (rebuilt from the log when they live in memory), then the relay.
 */
export async function startApp(
  rootModule: Type | import('@nestjs/common').DynamicModule,
  logger: LoggerService | LogLevel[] | false = ['log', 'warn', 'error'],
  options: StartOptions = {},
): Promise<RunningApp> {
  // configureHttpApp parses bodies itself (JSON only, with a limit); a failed start throws (to
  // main, which prints it and exits 1, or to a test) instead of Nest calling process.exit
  const app = await NestFactory.create<NestExpressApplication>(rootModule, {
    logger,
    bodyParser: false,
    abortOnError: false,
  });
  configureHttpApp(app);
  const runtime = app.get(Runtime);
  serveOpenApi(app, runtime.config.service === 'platform' ? 'gongjian API' : `gongjian ${runtime.config.service} API`);
  if (options.consoleDir) serveConsole(app, options.consoleDir);
  const transport = transportFor(app, runtime.config);
  runtime.attachTransport(transport);
  app.connectMicroservice({ strategy: transport }).useGlobalFilters(new RethrowEventErrorsFilter());
  let rebuild: RebuildReport | null;
  try {
    // the start check may refuse (StartRefused): close what was opened (stores, connections)
    rebuild = await runtime.prepare();
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  await app.startAllMicroservices();
  await runtime.startRelay();
  await app.listen(runtime.config.port, runtime.config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : runtime.config.port;
  return { app, runtime, rebuild, url: `http://${runtime.config.host}:${port}`, inspect: inspection(app) };
}
