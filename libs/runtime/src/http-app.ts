import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  createValidationPipe,
  ErrorFilter,
  IdempotencyInterceptor,
  IDEMPOTENCY_STORE,
  jsonBodyParser,
  refuseHostileStructure,
  refuseMalformedIfMatch,
  refuseNonJsonBodies,
  RefuseUndeclaredBodyInterceptor,
  securityHeaders,
} from '@gongjian/http';
import { methodNotAllowed } from './method-not-allowed';
import { Metrics } from './metrics';
import { declaredRoutes } from './routes';
import type { RuntimeConfig } from './config';
import { RUNTIME_CONFIG } from './tokens';

/**
 * The HTTP conventions of every gongjian app (DESIGN §4), applied the same way everywhere. The app
 * must be created with `bodyParser: false`: the body parsing here (JSON only, 256 kB, UTF-8,
 * hostile structures refused) replaces Nest's default parsers, which also accept forms.
 */
export function configureHttpApp(app: NestExpressApplication): void {
  app.disable('x-powered-by');
  const { trustProxy } = app.get<RuntimeConfig>(RUNTIME_CONFIG);
  if (trustProxy !== undefined) app.set('trust proxy', trustProxy);
  app.use(app.get(Metrics).middleware());
  app.use(securityHeaders());
  app.use(methodNotAllowed(declaredRoutes(app)));
  app.use(refuseNonJsonBodies());
  app.use(jsonBodyParser());
  app.use(refuseHostileStructure);
  app.use(refuseMalformedIfMatch);
  app.setGlobalPrefix('api/v1');
  app.useGlobalFilters(new ErrorFilter());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(
    new RefuseUndeclaredBodyInterceptor(),
    new IdempotencyInterceptor(app.get(IDEMPOTENCY_STORE)),
  );
  app.enableShutdownHooks();
}
