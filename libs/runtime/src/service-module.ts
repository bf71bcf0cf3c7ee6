import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule, type Type } from '@nestjs/common';
import { CorrelationMiddleware } from '@gongjian/http';
import type { RuntimeConfig } from './config';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics';
import { ReadModelsController } from './read-models.controller';
import { RuntimeModule } from './runtime.module';

/** Default HTTP ports of the services when they run alone (DESIGN §3). */
export const SERVICE_PORTS: Record<string, number> = {
  gateway: 3000,
  organizations: 3101,
  members: 3102,
  volunteering: 3103,
  matching: 3104,
  audit: 3105,
  funds: 3106,
  assessment: 3107,
};

/** The root module of a service booted alone: the runtime, the service's module, /health. */
@Module({})
export class ServiceRootModule implements NestModule {
  static forService(service: string, serviceModule: Type, config: Partial<RuntimeConfig> = {}): DynamicModule {
    const port = process.env.PORT ? Number(process.env.PORT) : SERVICE_PORTS[service];
    return {
      module: ServiceRootModule,
      imports: [RuntimeModule.forRoot({ service, port, ...config }), serviceModule],
      controllers: [HealthController, MetricsController, ReadModelsController],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationMiddleware).forRoutes('*path');
  }
}
