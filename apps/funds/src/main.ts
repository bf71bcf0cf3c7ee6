import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { exitOnStartFailure, ServiceRootModule, startApp, describeStart } from '@gongjian/runtime';
import { FundsModule } from './funds.module';

/** The funds service alone (distributed runtime): `node dist/apps/funds/src/main.js`. */
startApp(ServiceRootModule.forService('funds', FundsModule))
  .then(({ url, rebuild }) => {
    const logger = new Logger('funds');
    if (rebuild) logger.log(describeStart(rebuild));
    logger.log(`funds service on ${url}/api/v1`);
  })
  .catch(exitOnStartFailure);
