import { registerAs } from '@nestjs/config';
import { IsOptional } from 'class-validator';
import { HttpEnvironment, HttpUrls, validateVariables, WholeNumber } from '@gongjian/runtime';
import { serviceUrls } from './routes';

/** The gateway's variables (README's configuration table): where it listens, the services behind it, its timeouts. */
export class GatewayEnvironment extends HttpEnvironment {
  /** How long the readiness report waits for each service's /health/ready. */
  @IsOptional() @WholeNumber(1, 60_000) GATEWAY_HEALTH_TIMEOUT_MS?: number;
  /** How long a forwarded request may stay without an answer before the gateway answers 504. */
  @IsOptional() @WholeNumber(1, 3_600_000) GATEWAY_UPSTREAM_TIMEOUT_MS?: number;
  /** How long a replica a request could not reach is left out of the round-robin. */
  @IsOptional() @WholeNumber(100, 600_000) GATEWAY_DEAD_UPSTREAM_MS?: number;
  // each service's replicas: one URL, or several separated by commas (requests go round-robin)
  @IsOptional() @HttpUrls() ORGANIZATIONS_URL?: string;
  @IsOptional() @HttpUrls() MEMBERS_URL?: string;
  @IsOptional() @HttpUrls() VOLUNTEERING_URL?: string;
  @IsOptional() @HttpUrls() MATCHING_URL?: string;
  @IsOptional() @HttpUrls() FUNDS_URL?: string;
  @IsOptional() @HttpUrls() ASSESSMENT_URL?: string;
  @IsOptional() @HttpUrls() AUDIT_URL?: string;
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
    deadUpstreamMs: env.GATEWAY_DEAD_UPSTREAM_MS ?? 5_000,
    consoleDir: env.GONGJIAN_CONSOLE_DIR,
    /** each service's replicas' base URLs (`<SERVICE>_URL`), when configured */
    urls: serviceUrls(env as unknown as NodeJS.ProcessEnv),
  };
});

export type GatewaySettings = ReturnType<typeof gatewayConfig>;
