import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, type HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { FAILURES } from './failures';
import { gatewayConfig, type GatewaySettings } from './gateway.config';
import { DEAD_UPSTREAM_CODES, failureCode, GatewayUpstreams, type Upstreams } from './upstreams';

const startedAt = Date.now();

/** One replica of a service behind the gateway, as the gateway's readiness detail reports it. */
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

/** A service: up while one of its replicas is; each replica's answer, by its place in `<SERVICE>_URL`. */
export type ServiceHealth = UpstreamHealth & { replicas?: Array<UpstreamHealth & { replica: number }> };

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
    private readonly upstreams: GatewayUpstreams,
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

  /**
   * 200 while the gateway runs: `ok` when every replica of every service is up, `degraded` (with
   * which) otherwise. A service of several replicas is up while one of them is; `deadReplicas`
   * names the others (`organizations#2`), which forwarding skips meanwhile.
   */
  @Get('ready')
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  async ready() {
    const configured = [...this.upstreams.byService.entries()];
    const timeout = this.settings.healthTimeoutMs;
    const checkService = async (upstreams: Upstreams): Promise<ServiceHealth> => {
      const answers = await Promise.all(upstreams.urls.map((url) => checkUpstream(url, timeout)));
      answers.forEach((answer, i) => {
        if (answer.status === 'up') upstreams.markAlive(i);
        else if (answer.error && DEAD_UPSTREAM_CODES.has(answer.error)) upstreams.markDead(i, answer.error);
      });
      if (answers.length === 1) return answers[0];
      const first = answers.find((a) => a.status === 'up') ?? answers[0];
      return { ...first, replicas: answers.map((a, i) => ({ replica: i + 1, ...a })) };
    };
    let result: HealthCheckResult;
    try {
      result = await this.checks.check(
        configured.map(([service, upstreams]) => async () => ({ [service]: await checkService(upstreams) })),
      );
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      result = error.getResponse() as HealthCheckResult;
    }
    const upstream = (service: string) => result.details[service] as unknown as ServiceHealth;
    const down = configured.map(([service]) => service).filter((service) => upstream(service).status === 'down');
    const deadReplicas = configured.flatMap(([service]) =>
      (upstream(service).replicas ?? []).filter((r) => r.status === 'down').map((r) => `${service}#${r.replica}`),
    );
    const checks = Object.fromEntries(
      configured.map(([service]) => {
        const u = upstream(service);
        if (u.status !== 'up') return [service, `down (${u.httpStatus ?? u.error})`];
        const dead = (u.replicas ?? []).filter((r) => r.status === 'down');
        if (dead.length === 0) return [service, 'ok'];
        const which = dead.map((r) => `#${r.replica}: ${r.httpStatus ?? r.error}`).join(', ');
        return [service, `ok (${dead.length} of ${u.replicas!.length} replicas down, ${which})`];
      }),
    );
    return {
      status: down.length || deadReplicas.length ? 'degraded' : 'ok',
      service: 'gateway',
      down,
      deadReplicas,
      checks,
      info: result.info ?? {},
      error: result.error ?? {},
      details: result.details,
    };
  }
}
