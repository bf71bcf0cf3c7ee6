import type { INestApplication, LoggerService, LogLevel, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { CustomTransportStrategy, Server } from '@nestjs/microservices';
import {
  InProcessTransport,
  type InProcessBroker,
  KafkaTransport,
  RethrowEventErrorsFilter,
} from '@gongjian/messaging';
import type { RebuildReport } from '@gongjian/read-models';
import type { RuntimeConfig } from './config';
import { configureHttpApp } from './http-app';
import { Runtime } from './runtime';
import { IN_PROCESS_BROKER } from './tokens';

export interface RunningApp {
  app: INestApplication;
  runtime: Runtime;
  rebuild: RebuildReport | null;
  url: string;
}

function transportFor(app: INestApplication, config: RuntimeConfig): CustomTransportStrategy & Server {
  if (config.bus === 'kafka') {
    return new KafkaTransport({
      brokers: config.kafkaBrokers,
      clientId: `gongjian-${config.service}`,
      groupId: `gongjian.${config.service}`,
      partitions: config.kafkaPartitions,
    });
  }
  return new InProcessTransport(app.get<InProcessBroker>(IN_PROCESS_BROKER));
}

/**
 * Starts a gongjian app — the whole platform or one service — on the adapters its configuration
 * names: HTTP API with the shared conventions, the bus transport for its @EventPattern handlers,
 * read models (rebuilt from the log when they live in memory), then the relay.
 */
export async function startApp(
  rootModule: Type | import('@nestjs/common').DynamicModule,
  logger: LoggerService | LogLevel[] | false = ['log', 'warn', 'error'],
): Promise<RunningApp> {
  const app = await NestFactory.create(rootModule, { logger });
  configureHttpApp(app);
  const runtime = app.get(Runtime);
  const transport = transportFor(app, runtime.config);
  runtime.attachTransport(transport);
  app.connectMicroservice({ strategy: transport }).useGlobalFilters(new RethrowEventErrorsFilter());
  const rebuild = await runtime.prepare();
  await app.startAllMicroservices();
  await runtime.startRelay();
  await app.listen(runtime.config.port, runtime.config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : runtime.config.port;
  return { app, runtime, rebuild, url: `http://${runtime.config.host}:${port}` };
}
