import { type INestApplication, RequestMethod, type Type } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core/injector/modules-container';
import { getMetadataStorage } from 'class-validator';
import { PUBLIC_METADATA } from '@gongjian/auth';
import { UPLOAD_METADATA } from '@gongjian/http';

/** One route as its controller declares it, e.g. `POST /needs/:id/cancel`, with its DTOs' fields. */
export interface DeclaredRoute {
  method: string;
  /** without the `/api/v1` prefix */
  path: string;
  /** `METHOD /path` */
  name: string;
  /** properties of its `@Body()` DTO (null: the route declares no body) */
  bodyFields: string[] | null;
  /** properties of its `@Query()` DTO (null: the route reads no query) */
  queryFields: string[] | null;
  /** the `@Body()` and `@Query()` DTO classes themselves */
  body?: Type;
  query?: Type;
  controller: Type;
  handler: string;
  /** marked `@Public()`: no bearer token needed */
  isPublic: boolean;
  /** the form field of the file it takes as `multipart/form-data` (an import), else null */
  upload: string | null;
  /** the status of a success: `@HttpCode()`, else 201 for POST and 200 for the rest (Nest's rule) */
  status: number;
  /** the path parameters' pipes by name (`@IdParam()`: ParseIdPipe), for the document's parameter schemas */
  paramPipes: Record<string, unknown[]>;
  /** the handler method itself, whose metadata (`@Returns`, `@Answers`, guards) the document reads */
  fn: (...args: unknown[]) => unknown;
}

const dto = (type: Type | undefined) => (type && type !== Object ? type : undefined);

/** The fields a DTO class validates (its own and inherited), i.e. the whitelist of the pipe. */
export function dtoFields(dto: Type | undefined): string[] | null {
  if (!dto || dto === Object) return null;
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  return [...new Set(metadata.map((m) => m.propertyName))];
}

const join = (...parts: string[]) =>
  `/${parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/')}`;

/** Every HTTP route of a running Nest app, read from the controllers' decorators. */
export function declaredRoutes(app: INestApplication): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type;
      const prefix: string = Reflect.getMetadata(PATH_METADATA, controller) ?? '';
      const proto = controller.prototype;
      for (const handler of Object.getOwnPropertyNames(proto)) {
        // the descriptor, not proto[handler]: that would run getters on the prototype
        const fn = Object.getOwnPropertyDescriptor(proto, handler)?.value;
        if (typeof fn !== 'function' || handler === 'constructor') continue;
        const verb: RequestMethod | undefined = Reflect.getMetadata(METHOD_METADATA, fn);
        if (verb === undefined) continue;
        const method = RequestMethod[verb];
        const path = join(prefix, Reflect.getMetadata(PATH_METADATA, fn) ?? '');
        const args: Record<string, { index: number; data?: unknown; pipes?: unknown[] }> =
          Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {};
        const types: Type[] = Reflect.getMetadata('design:paramtypes', proto, handler) ?? [];
        const paramPipes: Record<string, unknown[]> = {};
        for (const [key, arg] of Object.entries(args) as Array<[string, { data?: unknown; pipes?: unknown[] }]>) {
          if (key.split(':')[0] === String(RouteParamtypes.PARAM) && typeof arg.data === 'string')
            paramPipes[arg.data] = arg.pipes ?? [];
        }
        const dtoOf = (kind: RouteParamtypes) => {
          const arg = Object.entries(args).find(
            ([key, a]) => key.split(':')[0] === String(kind) && a.data === undefined,
          );
          return arg ? types[arg[1].index] : undefined;
        };
        routes.push({
          method,
          path,
          name: `${method} ${path}`,
          bodyFields: dtoFields(dtoOf(RouteParamtypes.BODY)),
          queryFields: dtoFields(dtoOf(RouteParamtypes.QUERY)),
          body: dto(dtoOf(RouteParamtypes.BODY)),
          query: dto(dtoOf(RouteParamtypes.QUERY)),
          controller,
          handler,
          isPublic:
            Reflect.getMetadata(PUBLIC_METADATA, fn) === true ||
            Reflect.getMetadata(PUBLIC_METADATA, controller) === true,
          status: Reflect.getMetadata(HTTP_CODE_METADATA, fn) ?? (method === 'POST' ? 201 : 200),
          paramPipes,
          fn,
          upload: Reflect.getMetadata(UPLOAD_METADATA, fn) ?? null,
        });
      }
    }
  }
  return routes;
}
