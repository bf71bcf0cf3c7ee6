import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { exitOnStartFailure, ServiceRootModule, startApp, describeStart } from '@gongjian/runtime';
import { AssessmentModule } from './assessment.module';

/** The assessment service alone (distributed runtime): `node dist/apps/assessment/src/main.js`. */
startApp(ServiceRootModule.forService('assessment', AssessmentModule))
  .then(({ url, rebuild }) => {
    const logger = new Logger('assessment');
    if (rebuild) logger.log(describeStart(rebuild));
    logger.log(`assessment service on ${url}/api/v1`);
  })
  .catch(exitOnStartFailure);
