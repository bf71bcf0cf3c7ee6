import type { LoggerService } from '@nestjs/common';
import { type RunningApp, type RuntimeConfig, startApp } from '@gongjian/runtime';
import { PlatformModule } from './platform.module';

export type Platform = RunningApp;

/**
 * The embedded platform: every service in one process. Used by `npm start` (main.ts) and by the
 * integration tests.
 */
export function startPlatform(
  config: Partial<RuntimeConfig> = {},
  /** pino by default (JSON lines, pretty in a terminal); `false` for silence (tests) */
  logger?: LoggerService | false,
): Promise<Platform> {
  return startApp(PlatformModule.forRoot(config), logger);
}
