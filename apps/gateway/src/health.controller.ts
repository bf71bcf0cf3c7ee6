import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, type HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { FAILURES, failureCode } from './failures';
import { gatewayConfig, type GatewaySettings } from './gateway.config';

const startedAt = Date.now();

/** One service behind the gateway, as the gateway's readiness detail reports it. */
export interface UpstreamHealth {
  /** up: its /health/ready answered 200 (ok or degraded); down: anything else */
  status: 'up' | 'down';
  /** the HTTP status it answered (null: no answer) */
  httpStatus: number | null;
  /** its readiness body (on 503, the details it gave) */
  answer?: unknown;
  /** why there was no answer: ECONNREFUSED, ETIMEDOUT, ENOTFOUND… */
  error?: string;
  message?: string;
  millis: number;
}

async function checkUpstream(url: string, timeoutMillis: number): Promise<UpstreamHealth> {
  const started = Date.now();
  try {
    const res = await fetch(`${url}/api/v1/health/ready`, { signal: AbortSignal.timeout(timeoutMillis) });
    const body = (await res.json().catch(() => null)) as { details?: unknown } | null;
    const answer = res.ok ? body : (body?.details ?? body);
    return { status: res.ok ? 'up' : 'down', httpStatus: res.status, answer, millis: Date.now() - started };
  } catch (error) {
    const code = failureCode(error);
    // no addresses: this page is public
    return { status: 'down', httpStatus: null, error: code, message: FAILURES[code], millis: Date.now() - started };
  }
}

/**
 * Probes (docs/ops/health.md). The gateway is live and ready while it runs: one sick service must
 * not take every gateway pod out of the load balancer, its routes answer 502/503/504 on their own
 * while the other services' routes keep working. The readiness detail is @nestjs/terminus's
 * result with one indicator per configured service — up when its /health/ready answered 200 (ok
 * or degraded), down otherwise, with what it answered — and the gateway's summary: `ok`, or
 * `degraded` naming the services down; never 503.
 */
@Controller('api/v1/health')
export class GatewayHealthController {
  constructor(
    private readonly checks: HealthCheckService,
    @Inject(gatewayConfig.KEY) private readonly settings: GatewaySettings,
  ) {}

  /** Readiness, kept for the scripts that used /health before the split. */
  @Get()
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  health() {
    return this.ready();
  }

  @Get('live')
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  live() {
    return { status: 'ok', service: 'gateway', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) };
  }

  /** 200 while the gateway runs: `ok` when every service is up, `degraded` (with which) otherwise. */
  @Get('ready')
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  async ready() {
    const configured = Object.entries(this.settings.urls).filter((entry): entry is [string, string] => !!entry[1]);
    const timeout = this.settings.healthTimeoutMs;
    let result: HealthCheckResult;
    try {
      result = await this.checks.check(
        configured.map(([service, url]) => async () => ({ [service]: await checkUpstream(url, timeout) })),
      );
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      result = error.getResponse() as HealthCheckResult;
    }
    const upstream = (service: string) => result.details[service] as unknown as UpstreamHealth;
    const down = configured.map(([service]) => service).filter((service) => upstream(service).status === 'down');
    const checks = Object.fromEntries(
      configured.map(([service]) => {
        const u = upstream(service);
        return [service, u.status === 'up' ? 'ok' : `down (${u.httpStatus ?? u.error})`];
      }),
    );
    return {
      status: down.length ? 'degraded' : 'ok',
      service: 'gateway',
      down,
      checks,
      info: result.info ?? {},
      error: result.error ?? {},
      details: result.details,
    };
  }
}
