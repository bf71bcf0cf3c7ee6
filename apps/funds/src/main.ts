import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { exitOnStartFailure, ServiceRootModule, startApp } from '@gongjian/runtime';
import { FundsModule } from './funds.module';

/** The funds service alone (distributed runtime): `node dist/apps/funds/src/main.js`. */
startApp(ServiceRootModule.forService('funds', FundsModule))
  .then(({ url, rebuild }) => {
    const logger = new Logger('funds');
    if (rebuild) logger.log(`read models rebuilt from ${rebuild.events} events in ${rebuild.millis} ms`);
    logger.log(`funds service on ${url}/api/v1`);
  })
  .catch(exitOnStartFailure);
