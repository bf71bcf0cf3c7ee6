import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { CorrelationMiddleware } from '@gongjian/http';
import {
  HealthController,
  MetricsController,
  ReadModelsController,
  type RuntimeConfig,
  RuntimeModule,
} from '@gongjian/runtime';
import { AuditModule } from '../../audit/src/audit.module';
import { MatchingModule } from '../../matching/src/matching.module';
import { FundsModule } from '../../funds/src/funds.module';
import { AssessmentModule } from '../../assessment/src/assessment.module';
import { MembersModule } from '../../members/src/members.module';
import { OrganizationsModule } from '../../organizations/src/organizations.module';
import { VolunteeringModule } from '../../volunteering/src/volunteering.module';

/** Every service module in one process, on the adapters the configuration names. */
@Module({})
export class PlatformModule implements NestModule {
  static forRoot(config: Partial<RuntimeConfig> = {}): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        RuntimeModule.forRoot(config),
        OrganizationsModule,
        MatchingModule,
        MembersModule,
        VolunteeringModule,
        FundsModule,
        AssessmentModule,
        AuditModule,
      ],
      controllers: [HealthController, MetricsController, ReadModelsController],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationMiddleware).forRoutes('*path');
  }
}
