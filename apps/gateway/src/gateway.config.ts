import { registerAs } from '@nestjs/config';
import { IsOptional } from 'class-validator';
import { HttpEnvironment, validateVariables, WholeNumber } from '@gongjian/runtime';
import { serviceUrls } from './routes';

/** The gateway's variables (README's configuration table): where it listens, the services behind it, its timeouts. */
export class GatewayEnvironment extends HttpEnvironment {
  /** How long the readiness report waits for each service's /health/ready. */
  @IsOptional() @WholeNumber(1, 60_000) GATEWAY_HEALTH_TIMEOUT_MS?: number;
  /** How long a forwarded request may stay without an answer before the gateway answers 504. */
  @IsOptional() @WholeNumber(1, 3_600_000) GATEWAY_UPSTREAM_TIMEOUT_MS?: number;
}

/**
 * The gateway's settings, read once at start (@nestjs/config namespace `gateway`); a wrong value
 * refuses the start, naming it.
 */
export const gatewayConfig = registerAs('gateway', () => {
  const env = validateVariables(GatewayEnvironment, process.env);
  return {
    port: env.PORT ?? 3000,
    host: env.HOST ?? '127.0.0.1',
    healthTimeoutMs: env.GATEWAY_HEALTH_TIMEOUT_MS ?? 1500,
    upstreamTimeoutMs: env.GATEWAY_UPSTREAM_TIMEOUT_MS ?? 60_000,
    consoleDir: env.GONGJIAN_CONSOLE_DIR,
    /** each service's base URL (`<SERVICE>_URL`), when configured */
    urls: serviceUrls(env as unknown as NodeJS.ProcessEnv),
  };
});

export type GatewaySettings = ReturnType<typeof gatewayConfig>;
