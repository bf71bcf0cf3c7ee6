import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { exitOnStartFailure, ServiceRootModule, startApp } from '@gongjian/runtime';
import { OrganizationsModule } from './organizations.module';

/** The organizations service alone (distributed runtime): `node dist/apps/organizations/src/main.js`. */
startApp(ServiceRootModule.forService('organizations', OrganizationsModule))
  .then(({ url }) => new Logger('organizations').log(`organizations service on ${url}/api/v1`))
  .catch(exitOnStartFailure);
