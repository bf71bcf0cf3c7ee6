import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { exitOnStartFailure } from '@gongjian/runtime';
import { startGateway } from './gateway';

startGateway()
  .then(async (app) => new Logger('gateway').log(`gateway on ${await app.getUrl()}/api/v1`))
  .catch(exitOnStartFailure);
