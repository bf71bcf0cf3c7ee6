import type { INestApplication } from '@nestjs/common';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { namedSchemas, SCHEMA_REF } from '@gongjian/http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { declaredRoutes } from '../routes';
import { dtoSchemas } from './dto-schemas';
import { ERROR_SCHEMA } from './errors';
import { addLinks } from './links';
import { openApiPath, type Operation, operationOf } from './operations';

export { ERROR_STATUSES, errorStatuses } from './errors';
export { openApiPath, operationId } from './operations';

function version(): string {
  for (const up of ['../../../../package.json', '../../../../../package.json']) {
    try {
      return JSON.parse(readFileSync(join(__dirname, up), 'utf8')).version;
    } catch {
      // compiled (dist/libs/runtime/src/openapi) or not (libs/runtime/src/openapi)
    }
  }
  return '0.0.0';
}

const DESCRIPTION = [
  'The public API of gongjian (DESIGN §4). Bearer tokens come from `POST /api/v1/auth/login`.',
  'Bodies are JSON objects that hold no field their schema does not declare. Lists take `limit` and',
  'the `cursor` of the previous page and answer `{ items, nextCursor, total }` (`total`: the items the filters match).',
  'Writes take an optional `Idempotency-Key` (a repeat returns the first response; another body with the',
  'same key is 422) and, with a token, `If-Match: <version>` (412 when the resource is at another version).',
  'A method a path does not have is 405 with `Allow` (`OPTIONS` answers 204 with it).',
  'Errors are `{ statusCode, error, message, details? }` (`Error`). 400 means the request breaks this',
  'document; 422 that it is well formed and a rule the document cannot state refused it',
  '(an unknown organisation, a window that ends before it starts).',
].join(' ');

/**
 * The schemas the paths use, and those they use in turn: not every class with class-validator
 * rules in the process (the configuration's schema, environment.ts, is not part of the API).
 */
function usedSchemas(paths: unknown, schemas: Record<string, unknown>): Record<string, unknown> {
  const used: Record<string, unknown> = {};
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const name =
        key === '$ref' && typeof value === 'string' && value.startsWith(SCHEMA_REF)
          ? value.slice(SCHEMA_REF.length)
          : null;
      if (name === null) visit(value);
      else if (!(name in used) && schemas[name]) {
        used[name] = schemas[name];
        visit(schemas[name]);
      }
    }
  };
  visit(paths);
  return used;
}

/**
 * The OpenAPI 3.1 document of an app, built from what its controllers declare and what its DTOs
 * validate (class-validator metadata through class-validator-jsonschema): the same metadata that
 * the validation pipe enforces, so the document cannot drift from the checks. Every route, its
 * path parameters (ids with their pattern), its query fields, its JSON body (no other field), the
 * rules between fields, its success answer (`@Returns`), every error it can give, whether it
 * needs a token, and links from what creates or lists a resource to what acts on it.
 */
export function buildOpenApiDocument(app: INestApplication, title: string): OpenAPIObject {
  const schemas = dtoSchemas();
  const paths: Record<string, Record<string, Operation>> = {};
  for (const route of declaredRoutes(app)) {
    const path = openApiPath(route);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operationOf(route, schemas) };
  }
  const all = { ...schemas, ...namedSchemas(), Error: ERROR_SCHEMA };
  addLinks(paths, all);
  const components = { ...usedSchemas(paths, all), Error: ERROR_SCHEMA };
  return {
    openapi: '3.1.0',
    info: { title, version: version(), description: DESCRIPTION },
    servers: [{ url: '/' }],
    tags: [],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: components,
    },
  } as unknown as OpenAPIObject;
}

/** Serves the document at `/api/v1/docs-json` and Swagger UI at `/api/v1/docs` (no token needed). */
export function serveOpenApi(app: INestApplication, title: string): void {
  // built at the first request for it (~100 ms), once: what it describes is fixed at start
  let document: OpenAPIObject | undefined;
  SwaggerModule.setup('api/v1/docs', app, () => (document ??= buildOpenApiDocument(app, title)), {
    jsonDocumentUrl: 'api/v1/docs-json',
    yamlDocumentUrl: 'api/v1/docs-yaml',
    customSiteTitle: title,
    swaggerOptions: { validatorUrl: null, persistAuthorization: false },
  });
}
