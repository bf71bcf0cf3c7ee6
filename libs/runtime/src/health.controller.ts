import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { Public } from '@gongjian/auth';
import { Runtime } from './runtime';

@Controller('health')
export class HealthController {
  constructor(private readonly runtime: Runtime) {}

  /**
   * 200 when the stores are open and the read store answers, the relay runs, the consumer is
   * neither crashed nor paused and its lag is within GONGJIAN_MAX_CONSUMER_LAG; 503 otherwise.
   */
  @Public()
  @Get()
  async health() {
    const health = await this.runtime.checkedHealth();
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
