import type { INestApplication } from '@nestjs/common';
import { createValidationPipe, ErrorFilter, IdempotencyInterceptor, IDEMPOTENCY_STORE } from '@gongjian/http';

/** The HTTP conventions of every gongjian app (DESIGN §4), applied the same way everywhere. */
export function configureHttpApp(app: INestApplication): void {
  app.setGlobalPrefix('api/v1');
  app.useGlobalFilters(new ErrorFilter());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new IdempotencyInterceptor(app.get(IDEMPOTENCY_STORE)));
  app.enableShutdownHooks();
}
