import {
  IDEMPOTENCY_KEY_MAX_LENGTH,
  ID_PATTERN,
  IF_MATCH_PATTERN,
  type JsonSchema,
  ParseIdPipe,
  PatternParamPipe,
  RETURNS,
  SCHEMA_REF,
  type SuccessAnswer,
} from '@gongjian/http';
import type { Type } from '@nestjs/common';
import type { DeclaredRoute } from '../routes';
import { crossFieldRules, hasCrossFieldRules } from './dto-schemas';
import { ERROR_REF, ERROR_STATUSES, errorStatuses, isWrite, needsToken, takesIfMatch } from './errors';

export type Operation = JsonSchema & { operationId: string; responses: Record<string, JsonSchema> };

/** `/needs/:id` → `/api/v1/needs/{id}` */
export const openApiPath = (route: DeclaredRoute) => `/api/v1${route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;

/** `PostNeedController.post` → `PostNeed.post` */
export const operationId = (route: DeclaredRoute) =>
  `${route.controller.name.replace(/Controller$/, '')}.${route.handler}`;

/** A path parameter's schema: an id's (`@IdParam()`), a pattern's (`@PatternParam()`), else a plain string. */
function pathParamSchema(pipes: unknown[]): JsonSchema {
  for (const pipe of pipes) {
    if (pipe === ParseIdPipe || pipe instanceof ParseIdPipe) return { type: 'string', pattern: ID_PATTERN.source };
    if (pipe instanceof PatternParamPipe) return { type: 'string', pattern: pipe.pattern.source };
  }
  return { type: 'string', minLength: 1 };
}

/**
 * The query parameters of a route: one per field of its query DTO; a DTO with rules between its
 * fields (one of `at` or `position`) is one object parameter spread over the query
 * (`style: form, explode: true`), so that its schema can state them.
 */
function queryParameters(route: DeclaredRoute, schemas: Record<string, JsonSchema>): JsonSchema[] {
  const query = route.query ? schemas[route.query.name] : undefined;
  if (!query || !route.query) return [];
  if (hasCrossFieldRules(route.query)) {
    return [
      {
        name: route.query.name,
        in: 'query',
        required: true,
        style: 'form',
        explode: true,
        description: 'the query fields, as one object',
        schema: { $ref: `${SCHEMA_REF}${route.query.name}` },
      },
    ];
  }
  const required = (query.required as string[] | undefined) ?? [];
  return Object.entries((query.properties as Record<string, JsonSchema>) ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
    schema,
  }));
}

function headerParameters(route: DeclaredRoute): JsonSchema[] {
  if (!isWrite(route)) return [];
  const headers: JsonSchema[] = [
    {
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409',
      schema: { type: 'string', maxLength: IDEMPOTENCY_KEY_MAX_LENGTH },
    },
  ];
  if (takesIfMatch(route))
    headers.push({
      name: 'If-Match',
      in: 'header',
      required: false,
      description: 'the version the resource must be at (its `version`), else 412; `*`: any',
      schema: { type: 'string', pattern: IF_MATCH_PATTERN.source },
    });
  return headers;
}

function successResponse(route: DeclaredRoute): JsonSchema {
  const answer: SuccessAnswer | undefined = Reflect.getMetadata(RETURNS, route.fn);
  if (answer?.contentTypes) {
    return {
      description: answer.description ?? 'success',
      content: Object.fromEntries(answer.contentTypes.map((type) => [type, { schema: { type: 'string' } }])),
    };
  }
  return {
    description: answer?.description ?? 'success',
    content: { 'application/json': { schema: answer?.schema?.json ?? { type: 'object' } } },
  };
}

/**
 * The JSON body of a route. A body whose every field may be left out may be left out itself (the
 * pipe takes no body as `{}`: a cancel without a reason, an edit of nothing).
 */
function requestBody(name: string, schemas: Record<string, JsonSchema>): JsonSchema {
  const schema = schemas[name];
  // a body with a required field, or a rule that one of its fields is given, cannot be left out
  const rules = [schema, ...((schema.allOf as JsonSchema[] | undefined) ?? [])];
  const required =
    ((schema.required as string[] | undefined) ?? []).length > 0 || rules.some((rule) => Array.isArray(rule.anyOf));
  return { required, content: { 'application/json': { schema: { $ref: `${SCHEMA_REF}${name}` } } } };
}

/**
 * The schema of a body class, by its name. class-validator-jsonschema describes only the classes
 * with rules of their own: a class that only extends another (`SignUpDto extends VolunteerDto`)
 * is described as its nearest described ancestor, under its own name.
 */
function bodySchema(dto: Type, schemas: Record<string, JsonSchema>): JsonSchema | undefined {
  if (schemas[dto.name]) return schemas[dto.name];
  for (let type = Object.getPrototypeOf(dto); type && type !== Function.prototype; type = Object.getPrototypeOf(type))
    if (schemas[type.name]) return (schemas[dto.name] = structuredClone(schemas[type.name]));
  return undefined;
}

/** The body of an import: one file, as `multipart/form-data`, in the form field `field`. */
function uploadBody(field: string): JsonSchema {
  return {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          required: [field],
          properties: { [field]: { type: 'string', contentMediaType: 'application/octet-stream' } },
          // the form holds the file; a part of another name is not read (and a malformed one is 400)
          additionalProperties: false,
        },
      },
    },
  };
}

/** The operation of one route: parameters, body, every response it can give, security. */
export function operationOf(route: DeclaredRoute, schemas: Record<string, JsonSchema>): Operation {
  const path = Object.entries(route.paramPipes);
  const parameters = [
    ...[...route.path.matchAll(/:([A-Za-z0-9_]+)/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: pathParamSchema(path.find(([n]) => n === name)?.[1] ?? []),
    })),
    ...queryParameters(route, schemas),
    ...headerParameters(route),
  ];
  const body = route.body && bodySchema(route.body, schemas) ? route.body : undefined;
  if (body && hasCrossFieldRules(body)) Object.assign(schemas[body.name], crossFieldRules(body));
  if (route.query && hasCrossFieldRules(route.query))
    Object.assign(schemas[route.query.name], crossFieldRules(route.query));
  const errors = errorStatuses(route, Boolean(body || route.upload));
  return {
    operationId: operationId(route),
    tags: [route.path.split('/')[1] || 'api'],
    parameters,
    ...(body ? { requestBody: requestBody(body.name, schemas) } : {}),
    ...(route.upload ? { requestBody: uploadBody(route.upload) } : {}),
    responses: {
      [route.status]: successResponse(route),
      ...Object.fromEntries(
        errors.map((status) => [
          status,
          { description: ERROR_STATUSES[status], content: { 'application/json': { schema: { $ref: ERROR_REF } } } },
        ]),
      ),
    },
    security: needsToken(route) ? [{ bearer: [] }] : [],
  };
}
