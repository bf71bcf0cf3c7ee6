import type { INestApplication } from '@nestjs/common';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type {
  OperationObject,
  ParameterObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { declaredRoutes } from './routes';

// class-transformer's storage of @Type(() => Nested), so nested DTOs become $refs (the
// class-validator-jsonschema README's recipe; the package exports it under this path only)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage');

const REF = '#/components/schemas/';

/** What every error answer of the API looks like (DESIGN §4; libs/http/src/error.filter.ts). */
const ERROR_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    error: {
      type: 'string',
      description: 'the HTTP reason, or a stable domain code such as `insufficient_points` (409, 422)',
      example: 'bad_request',
    },
    message: { type: 'string', example: 'validation failed' },
    details: {
      type: 'array',
      description: 'on a 400, one entry per invalid field',
      items: {
        type: 'object',
        properties: {
          field: { type: 'string', example: 'quantity.amount' },
          messages: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
};

const ERRORS: Record<number, string> = {
  400: 'invalid input: unknown fields, wrong types, values out of range (`details` per field)',
  401: 'no bearer token, or an invalid or expired one',
  403: 'the role or organisation scope of the caller does not allow this',
  404: 'no such resource',
  409: 'a concurrent change won (`If-Match` or the stream revision), or the state forbids it now',
  422: 'a domain rule refused it (the message says which)',
};

function version(): string {
  try {
    return JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')).version;
  } catch {
    return JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')).version;
  }
}

/**
 * The schemas the paths use, and those they use in turn: not every class with class-validator
 * rules in the process (the configuration's schema, environment.ts, is not part of the API).
 */
function usedSchemas(paths: unknown, schemas: Record<string, SchemaObject>): Record<string, SchemaObject> {
  const used: Record<string, SchemaObject> = {};
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const name =
        key === '$ref' && typeof value === 'string' && value.startsWith(REF) ? value.slice(REF.length) : null;
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
 * The OpenAPI 3 document of an app, built from what its controllers declare and what its DTOs
 * validate (class-validator metadata through class-validator-jsonschema): the same metadata that
 * the validation pipe enforces, so the document cannot drift from the checks. Every route, its
 * path parameters, its query fields, its JSON body, its success status, whether it needs a token.
 */
export function buildOpenApiDocument(app: INestApplication, title: string): OpenAPIObject {
  const schemas = validationMetadatasToSchemas({
    refPointerPrefix: REF,
    classTransformerMetadataStorage: defaultMetadataStorage,
  }) as Record<string, SchemaObject>;
  const paths: OpenAPIObject['paths'] = {};
  for (const route of declaredRoutes(app)) {
    const openApiPath = `/api/v1${route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;
    const parameters: ParameterObject[] = [...route.path.matchAll(/:([A-Za-z0-9_]+)/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const query = route.query ? schemas[route.query.name] : undefined;
    for (const [name, schema] of Object.entries(query?.properties ?? {})) {
      parameters.push({ name, in: 'query', required: query?.required?.includes(name) ?? false, schema });
    }
    const errors = route.isPublic ? [400, 404, 422] : [400, 401, 403, 404, 409, 422];
    const operation: OperationObject = {
      operationId: `${route.controller.name.replace(/Controller$/, '')}.${route.handler}`,
      tags: [route.path.split('/')[1] || 'api'],
      parameters,
      ...(route.upload
        ? {
            requestBody: {
              required: true,
              content: {
                'multipart/form-data': {
                  schema: {
                    type: 'object',
                    required: [route.upload],
                    properties: { [route.upload]: { type: 'string', format: 'binary' } },
                  },
                },
              },
            },
          }
        : {}),
      ...(route.body && schemas[route.body.name]
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: { $ref: `${REF}${route.body.name}` } } },
            },
          }
        : {}),
      responses: {
        [route.status]: { description: 'success' },
        ...Object.fromEntries(
          errors.map((status) => [
            status,
            { description: ERRORS[status], content: { 'application/json': { schema: { $ref: `${REF}Error` } } } },
          ]),
        ),
      },
      security: route.isPublic ? [] : [{ bearer: [] }],
    };
    paths[openApiPath] = { ...paths[openApiPath], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.0.3',
    info: {
      title,
      version: version(),
      description: [
        'The public API of gongjian (DESIGN §4). Bearer tokens come from `POST /api/v1/auth/login`.',
        'Writes take an optional `Idempotency-Key` header (a repeat returns the first response; 422',
        'when the same key comes with another body) and, where a resource has a version, `If-Match`.',
        'Lists are paginated by `limit` and the opaque `cursor` of the previous page.',
      ].join(' '),
    },
    servers: [{ url: '/' }],
    tags: [],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { ...usedSchemas(paths, schemas), Error: ERROR_SCHEMA },
    },
  };
}

/** Serves the document at `/api/v1/docs-json` and Swagger UI at `/api/v1/docs` (no token needed). */
export function serveOpenApi(app: INestApplication, title: string): void {
  SwaggerModule.setup('api/v1/docs', app, () => buildOpenApiDocument(app, title), {
    jsonDocumentUrl: 'api/v1/docs-json',
    yamlDocumentUrl: 'api/v1/docs-yaml',
    customSiteTitle: title,
    swaggerOptions: { validatorUrl: null, persistAuthorization: false },
  });
}
