import { type INestApplication, Logger, type LoggerService, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { InProcessTransport, type InProcessBroker, RethrowEventErrorsFilter } from '@gongjian/messaging';
import { KafkaTransport } from '@gongjian/messaging/kafka.transport';
import { EVENT_STORE, type EventStore } from '@gongjian/eventing';
import { DOCUMENT_STORE, type DocumentStore, isReadStoreUnavailable, type Projection } from '@gongjian/read-models';
import { LocalReadModels } from './local-read-models';
import { existsSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { DestinationStream } from 'pino';
import type { RuntimeConfig } from './config';
import { InvalidConfiguration, unknownVariables } from './environment';
import { configureHttpApp } from './http-app';
import { createLogger, logSettings, QuietNestLogger, withLogging } from './logging';
import { OpenPermissions } from './private-files';
import { StartRefused } from './start-check';
import { serveOpenApi } from './openapi/document';
import { Runtime } from './runtime';
import type { StartReport } from './read-model-snapshots';
import { IN_PROCESS_BROKER } from './tokens';

export interface RunningApp {
  app: INestApplication;
  runtime: Runtime;
  /** how the read models in memory came to be (rebuilt from the log or loaded from a snapshot); null: persistent */
  rebuild: StartReport | null;
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
      groupId: `${config.kafkaTopicPrefix}.${config.service}`,
      partitions: config.kafkaPartitions,
      topicPrefix: config.kafkaTopicPrefix,
      // the read store down: hold the message and retry, never dead-letter it (issue 24)
      outage: { isOutage: isReadStoreUnavailable },
    });
  }
  return new InProcessTransport(app.get<InProcessBroker>(IN_PROCESS_BROKER));
}

export interface StartOptions {
  /** a built web console (index.html and assets/) served at `/`, with an SPA fallback outside /api */
  consoleDir?: string;
  /** where pino's lines go (tests read them): standard output by default */
  logDestination?: DestinationStream;
  /** when the relay or follower stops for good (Runtime.onFatal): by default the app closes and the process exits 1 */
  onFatal?: (error: Error) => void;
}

/**
 * Serves the built web console (apps/console → dist/console) at `/`: hashed assets are cached for
 * good, index.html never; any other GET outside `/api` that asks for HTML gets index.html, so the
 * console's own routes (/needs, /audit?stream=…) survive a reload. Must run before the app's init,
 * which registers Nest's not-found handler. Without a build, `/` says how to make one.
 */
export function serveConsole(app: INestApplication | { use: (...args: any[]) => unknown }, dir: string): void {
  const index = join(dir, 'index.html');
  const assets = join(dir, 'assets');
  const forGood = 'public, max-age=31536000, immutable';
  // the build's gzip beside each script and style (apps/console/precompress.ts): a phone on a slow
  // network fetches a third of the bytes, and the process compresses nothing per request
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.path.startsWith('/assets/')) return next();
    const file = join(dir, req.path);
    if (!file.startsWith(assets + sep) || !req.acceptsEncodings('gzip') || !existsSync(`${file}.gz`)) return next();
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', forGood);
    res.type(extname(file)); // the script's or style's type, not the .gz file's
    res.sendFile(`${file}.gz`, (error) => {
      if (!error || res.headersSent) return;
      res.removeHeader('Content-Encoding'); // gone meanwhile: the plain file, if any
      next();
    });
  });
  app.use(
    express.static(dir, {
      index: false,
      setHeaders: (res, path) => {
        const asset = path.startsWith(assets + sep);
        res.setHeader('Cache-Control', asset ? forGood : 'no-cache');
        if (asset) res.setHeader('Vary', 'Accept-Encoding');
      },
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
 *
 * `logger`: by default pino (logging.ts: JSON lines, or pretty in a terminal, with request lines
 * and Nest's route table kept quiet); `false` silences everything (tests); a LoggerService gets
 * Nest's lines and there are no request lines.
 */
export async function startApp(
  rootModule: Type | import('@nestjs/common').DynamicModule,
  logger?: LoggerService | false,
  options: StartOptions = {},
): Promise<RunningApp> {
  const pino = logger === undefined ? createLogger(logSettings(), options.logDestination) : null;
  // configureHttpApp parses bodies itself (JSON only, with a limit); a failed start throws (to
  // main, which reports it and exits 1, or to a test) instead of Nest calling process.exit
  const app = await NestFactory.create<NestExpressApplication>(pino ? withLogging(rootModule, pino) : rootModule, {
    logger: pino ? QuietNestLogger.over(pino) : (logger ?? false),
    bodyParser: false,
    abortOnError: false,
  });
  if (pino) {
    // every line from here on says which service wrote it (the config names it, not the env)
    pino.setBindings({ service: app.get(Runtime).config.service });
    for (const name of unknownVariables(process.env))
      new Logger('Configuration').warn(`${name} is not a gongjian setting and is ignored: a typo?`);
  }
  configureHttpApp(app);
  const runtime = app.get(Runtime);
  serveOpenApi(app, runtime.config.service === 'platform' ? 'gongjian API' : `gongjian ${runtime.config.service} API`);
  if (options.consoleDir) serveConsole(app, options.consoleDir);
  const transport = transportFor(app, runtime.config);
  runtime.attachTransport(transport);
  app.connectMicroservice({ strategy: transport }).useGlobalFilters(new RethrowEventErrorsFilter());
  let rebuild: StartReport | null;
  try {
    // the start check may refuse (StartRefused): close what was opened (stores, connections)
    rebuild = await runtime.prepare();
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  await app.startAllMicroservices();
  // the relay or follower met a checkpoint this log refuses (CheckpointNotInLog, already logged as
  // fatal): retrying cannot help, so the process stops and the next start's check says what to do
  runtime.onFatal = options.onFatal ?? (() => void app.close().finally(() => process.exit(1)));
  await runtime.startRelay();
  await app.listen(runtime.config.port, runtime.config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : runtime.config.port;
  return { app, runtime, rebuild, url: `http://${runtime.config.host}:${port}`, inspect: inspection(app) };
}

/** The start failures that are the operator's to mend: their message says how, a stack would not. */
const OPERATOR_ERRORS = [InvalidConfiguration, StartRefused, OpenPermissions];

/**
 * What a `main.ts` does when the start fails: one fatal log line (JSON, or pretty in a terminal)
 * saying why — for a wrong configuration or a refused start check the message alone, naming what to
 * change — then exit 1.
 */
export function exitOnStartFailure(error: unknown): never {
  const log = createLogger(logSettings());
  if (OPERATOR_ERRORS.some((type) => error instanceof type)) log.fatal({ context: 'start' }, (error as Error).message);
  else log.fatal({ context: 'start', err: error }, `start failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
