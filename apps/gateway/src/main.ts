import 'reflect-metadata';
import { startGateway } from './gateway';

startGateway()
  .then(async (app) => console.log(`gateway on ${await app.getUrl()}/api/v1`))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
