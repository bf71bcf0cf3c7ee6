import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { Public } from '@gongjian/auth';
import { Runtime } from './runtime';
import { Answers, Returns } from '@gongjian/http';
import { HEALTH, LIVENESS } from './resources';

/**
 * Probes (docs/ops/health.md): `/health/live` for liveness (the process only), `/health/ready`
 * for readiness (can serve its own routes), `/health` = readiness, kept for the scripts and
 * monitors that used it before the split.
 */
@Controller('health')
export class HealthController {
  constructor(private readonly runtime: Runtime) {}

  /** Readiness, as before the split: 200 when ready (ok or degraded), 503 with the details otherwise. */
  @Public()
  @Get()
  @Returns(HEALTH)
  @Answers(503)
  health() {
    return this.ready();
  }

  /**
   * Liveness: 200 while the process answers; never depends on the broker, the stores or other
   * services, so their outages never get the process restarted.
   */
  @Public()
  @Get('live')
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
  @Returns(HEALTH)
  @Answers(503)
  async ready() {
    const health = await this.runtime.checkedHealth();
    if (health.status === 'down') {
      // an HTTP exception, not a domain error: a probe's 503 is the transport's word (load balancers
      // and orchestrators read the status), with the health itself as details
      throw new ServiceUnavailableException({
        statusCode: 503,
        error: 'service_unavailable',
        message: 'not ready',
        details: health,
      });
    }
    return health;
  }
}
