import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { exitOnStartFailure, ServiceRootModule, startApp } from '@gongjian/runtime';
import { MembersModule } from './members.module';

/** The members service alone (distributed runtime): `node dist/apps/members/src/main.js`. */
startApp(ServiceRootModule.forService('members', MembersModule))
  .then(({ url, rebuild }) => {
    const logger = new Logger('members');
    if (rebuild) logger.log(`read models rebuilt from ${rebuild.events} events in ${rebuild.millis} ms`);
    logger.log(`members service on ${url}/api/v1`);
  })
  .catch(exitOnStartFailure);
