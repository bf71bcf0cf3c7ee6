import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { exitOnStartFailure, ServiceRootModule, startApp, describeStart } from '@gongjian/runtime';
import { MembersModule } from './members.module';

/** The members service alone (distributed runtime): `node dist/apps/members/src/main.js`. */
startApp(ServiceRootModule.forService('members', MembersModule))
  .then(({ url, rebuild }) => {
    const logger = new Logger('members');
    if (rebuild) logger.log(describeStart(rebuild));
    logger.log(`members service on ${url}/api/v1`);
  })
  .catch(exitOnStartFailure);
