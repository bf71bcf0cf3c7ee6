import 'reflect-metadata';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { exitOnStartFailure, startApp, describeStart } from '@gongjian/runtime';
import { PlatformModule } from './platform.module';

/** The built web console (`npm run build:console`), from the repository root or GONGJIAN_CONSOLE_DIR. */
export const CONSOLE_DIR =
  process.env.GONGJIAN_CONSOLE_DIR ??
  // compiled: dist/apps/platform/src → dist/console; from sources: apps/platform/src → dist/console
  join(__dirname, '../../..', __dirname.split(/[\\/]/).includes('dist') ? 'console' : 'dist/console');

async function main(): Promise<void> {
  const logger = new Logger('gongjian');
  // the platform of startPlatform(), plus the web console at `/`
  const { rebuild, url, runtime } = await startApp(PlatformModule.forRoot({}), undefined, { consoleDir: CONSOLE_DIR });
  if (rebuild) {
    logger.log(describeStart(rebuild));
  } else {
    logger.log('read models are persistent: resuming from the consumer offsets');
  }
  logger.log(`data in ${runtime.config.dataDir}`);
  logger.log(`gongjian is running: console ${url}/ · API ${url}/api/v1 (health: ${url}/api/v1/health)`);
}

main().catch(exitOnStartFailure);
