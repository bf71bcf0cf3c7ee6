import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { Public } from '@gongjian/auth';
import { Runtime } from './runtime';

@Controller('health')
export class HealthController {
  constructor(private readonly runtime: Runtime) {}

  /** 200 when the stores are open, the relay runs and the consumer is not crashed; 503 otherwise. */
  @Public()
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
