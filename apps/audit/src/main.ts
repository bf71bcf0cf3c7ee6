import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { exitOnStartFailure, ServiceRootModule, startApp, describeStart } from '@gongjian/runtime';
import { AuditModule } from './audit.module';

/** The audit service alone (distributed runtime): `node dist/apps/audit/src/main.js`. */
startApp(ServiceRootModule.forService('audit', AuditModule))
  .then(({ url, rebuild }) => {
    const logger = new Logger('audit');
    if (rebuild) logger.log(describeStart(rebuild));
    logger.log(`audit service on ${url}/api/v1`);
  })
  .catch(exitOnStartFailure);
