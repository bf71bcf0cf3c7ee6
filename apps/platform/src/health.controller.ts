import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { Runtime } from '@gongjian/runtime';

@Controller('health')
export class HealthController {
  constructor(private readonly runtime: Runtime) {}

  /** 200 when the stores are open and the relay runs; 503 otherwise (for probes). */
  @Get()
  health() {
    const health = this.runtime.health();
    if (health.status !== 'ok') {
      throw new ServiceUnavailableException({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'unhealthy',
        details: health,
      });
    }
    return health;
  }
}
