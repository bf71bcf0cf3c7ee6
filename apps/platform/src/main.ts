import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { startPlatform } from './platform';

async function main(): Promise<void> {
  const logger = new Logger('gongjian');
  const { rebuild, url, runtime } = await startPlatform();
  if (rebuild) {
    const counts = Object.entries(rebuild.documents).map(([name, n]) => `${name}: ${n}`);
    logger.log(`read models rebuilt from ${rebuild.events} events in ${rebuild.millis} ms (${counts.join(', ')})`);
  } else {
    logger.log('read models are persistent: resuming from the consumer offsets');
  }
  logger.log(`data in ${runtime.config.dataDir}`);
  logger.log(`gongjian is running: API ${url}/api/v1 (health: ${url}/api/v1/health)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
