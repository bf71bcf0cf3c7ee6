import type { INestApplication, LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { IN_PROCESS_BROKER, configureHttpApp, Runtime, type RuntimeConfig } from '@gongjian/runtime';
import { InProcessTransport, type InProcessBroker, RethrowEventErrorsFilter } from '@gongjian/messaging';
import type { RebuildReport } from '@gongjian/read-models';
import { PlatformModule } from './platform.module';

export interface Platform {
  app: INestApplication;
  runtime: Runtime;
  rebuild: RebuildReport;
  url: string;
}

/**
 * Creates and starts the embedded platform: HTTP API, in-process bus, read models rebuilt from
 * the log. Used by `npm start` (main.ts) and by the integration tests.
 */
export async function startPlatform(
  config: Partial<RuntimeConfig> = {},
  logger: LoggerService | LogLevel[] | false = ['log', 'warn', 'error'],
): Promise<Platform> {
  const app = await NestFactory.create(PlatformModule.forRoot(config), { logger, bufferLogs: false });
  configureHttpApp(app);
  const transport = new InProcessTransport(app.get<InProcessBroker>(IN_PROCESS_BROKER));
  app.connectMicroservice({ strategy: transport }).useGlobalFilters(new RethrowEventErrorsFilter());
  await app.startAllMicroservices();
  const runtime = app.get(Runtime);
  const rebuild = await runtime.start();
  await app.listen(runtime.config.port, runtime.config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : runtime.config.port;
  return { app, runtime, rebuild, url: `http://${runtime.config.host}:${port}` };
}
