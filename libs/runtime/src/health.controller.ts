import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck } from '@nestjs/terminus';
import { Public } from '@gongjian/auth';
import { Readiness } from './readiness';
import { Runtime } from './runtime';
import { Answers, Returns } from '@gongjian/http';
import { HEALTH, LIVENESS } from './resources';

/** Probes are never cached; their OpenAPI entries are the app's own (ours widen terminus's status). */
const Probe = () => HealthCheck({ noCache: true, swaggerDocumentation: false });

/**
 * Probes (docs/ops/health.md): `/health/live` for liveness (the process only), `/health/ready`
 * for readiness (can serve its own routes, @nestjs/terminus indicators: readiness.ts), `/health`
 * = readiness, kept for the scripts and monitors that used it before the split.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly runtime: Runtime,
    private readonly readiness: Readiness,
  ) {}

  /** Readiness, as before the split: 200 when ready (ok or degraded), 503 with the details otherwise. */
  @Public()
  @Get()
  @Probe()
  @Returns(HEALTH)
  @Answers(503)
  health() {
    return this.ready();
  }

  /**
   * Liveness: 200 while the process answers; never depends on the broker, the stores or other
   * services, so their outages never get the process restarted. No indicator to run, so no
   * terminus check either: the answer is the process answering.
   */
  @Public()
  @Get('live')
  @Probe()
  @Returns(LIVENESS)
  live() {
    return this.runtime.liveness();
  }

  /**
   * Readiness: 200 when this service can serve its own routes (`ok`, or `degraded` while the
   * broker is unreachable: the relay retrying, the consumer restarting); 503 with the same body
   * under `details` while it cannot (stores not open, the read store unreachable, consumer
   * crashed for good, stopped, paused on a read-store outage, or lagging past
   * GONGJIAN_MAX_CONSUMER_LAG).
   */
  @Public()
  @Get('ready')
  @Probe()
  @Returns(HEALTH)
  @Answers(503)
  async ready() {
    const report = await this.readiness.check();
    if (report.status === 'down') {
      // an HTTP exception, not a domain error: a probe's 503 is the transport's word (load balancers
      // and orchestrators read the status), with the health itself as details
      throw new ServiceUnavailableException({
        statusCode: 503,
        error: 'service_unavailable',
        message: 'not ready',
        details: report,
      });
    }
    return report;
  }
}
