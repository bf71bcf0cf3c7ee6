import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { exitOnStartFailure, ServiceRootModule, startApp, describeStart } from '@gongjian/runtime';
import { VolunteeringModule } from './volunteering.module';

/** The volunteering service alone (distributed runtime): `node dist/apps/volunteering/src/main.js`. */
startApp(ServiceRootModule.forService('volunteering', VolunteeringModule))
  .then(({ url, rebuild }) => {
    const logger = new Logger('volunteering');
    if (rebuild) logger.log(describeStart(rebuild));
    logger.log(`volunteering service on ${url}/api/v1`);
  })
  .catch(exitOnStartFailure);
