import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { exitOnStartFailure, ServiceRootModule, startApp, describeStart } from '@gongjian/runtime';
import { MatchingModule } from './matching.module';

/** The matching service alone (distributed runtime): `node dist/apps/matching/src/main.js`. */
startApp(ServiceRootModule.forService('matching', MatchingModule))
  .then(({ url, rebuild }) => {
    const logger = new Logger('matching');
    if (rebuild) logger.log(describeStart(rebuild));
    logger.log(`matching service on ${url}/api/v1`);
  })
  .catch(exitOnStartFailure);
