import SwaggerParser from '@apidevtools/swagger-parser';
import request from 'supertest';
import { type DeclaredRoute, declaredRoutes, errorStatuses, openApiPath } from '@gongjian/runtime';
import { CURSOR_PATTERN, ID_PATTERN, ISO_DATE_PATTERN } from '@gongjian/http';
import { TestPlatform } from './support/platform';

type Json = Record<string, any>;

/** Every object schema under `schema` (resolving nothing: the components are walked one by one). */
function objects(schema: unknown, at: string, out: Array<[string, Json]> = []): Array<[string, Json]> {
  if (typeof schema !== 'object' || schema === null) return out;
  const s = schema as Json;
  if (s.properties) out.push([at, s]);
  for (const [key, value] of Object.entries(s)) if (typeof value === 'object') objects(value, `${at}/${key}`, out);
  return out;
}

describe('GET /docs: the OpenAPI 3.1 document of every route, from the controllers and the DTOs’ validation', () => {
  const t = new TestPlatform();
  let doc: Json;
  let routes: DeclaredRoute[];
  const http = () => request(t.platform.app.getHttpServer());
  const operationOf = (route: DeclaredRoute) => doc.paths[openApiPath(route)]?.[route.method.toLowerCase()];

  beforeAll(async () => {
    await t.start();
    doc = (await http().get('/api/v1/docs-json').expect(200)).body;
    routes = declaredRoutes(t.platform.app);
  });
  afterAll(() => t.stop());

  it('is a valid OpenAPI 3.1 document whose every $ref resolves', async () => {
    expect(doc.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeDefined();
  });

  it('lists every declared route with its method, path parameters and success status', () => {
    expect(routes.length).toBeGreaterThan(90);
    for (const route of routes) {
      const operation = operationOf(route);
      expect({ route: route.name, documented: Boolean(operation) }).toEqual({ route: route.name, documented: true });
      const pathParams = operation.parameters.filter((p: Json) => p.in === 'path').map((p: Json) => p.name);
      expect(pathParams).toEqual([...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]));
      expect(operation.responses[route.status]).toBeDefined();
    }
    expect(doc.paths['/api/v1/matching/runs'].post.responses['201']).toBeDefined();
  });

  it('documents every status a route can give by what it is, with the one error schema', () => {
    for (const route of routes) {
      const operation = operationOf(route);
      const documented = Object.keys(operation.responses).map(Number);
      const expected = [
        400,
        ...(route.isPublic ? [] : [401, 403, 503]),
        ...(route.path.includes('/:') ? [404] : []),
        ...(route.method !== 'GET' ? [409, 422] : []),
        ...(route.method !== 'GET' && !route.isPublic && route.path.includes('/:') ? [412] : []),
        ...(operation.requestBody ? [413, 415] : []),
      ];
      expect({ route: route.name, missing: expected.filter((s) => !documented.includes(s)) }).toEqual({
        route: route.name,
        missing: [],
      });
      expect(errorStatuses(route, Boolean(operation.requestBody)).every((s) => documented.includes(s))).toBe(true);
      for (const status of documented.filter((s) => s >= 400))
        expect(operation.responses[status].content['application/json'].schema).toEqual({
          $ref: '#/components/schemas/Error',
        });
    }
    expect(Object.keys(doc.paths['/api/v1/auth/login'].post.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '429']),
    );
    // details: the fields at fault (400), or a rule's facts (422: { field: 'orgId' })
    expect(doc.components.schemas.Error.properties.details.oneOf.map((s: Json) => s.type)).toEqual(['array', 'object']);
  });

  it('describes what every route answers on success (@Returns), lists as { items, nextCursor }', () => {
    for (const route of routes) {
      const content = operationOf(route).responses[route.status].content;
      const schema = content['application/json']?.schema;
      expect({
        route: route.name,
        described: Boolean(schema ? schema.type !== 'object' || schema.properties : content),
      }).toEqual({
        route: route.name,
        described: true,
      });
    }
    const needs = doc.paths['/api/v1/needs'].get.responses['200'].content['application/json'].schema;
    expect(needs.properties.items.items).toEqual({ $ref: '#/components/schemas/Need' });
    expect(needs.properties.nextCursor.anyOf[0].pattern).toBe(CURSOR_PATTERN.source);
    for (const resource of [
      'Need',
      'Offer',
      'Proposal',
      'Project',
      'Run',
      'Organization',
      'Unit',
      'Member',
      'Activity',
      'Wish',
      'Account',
    ])
      expect({ resource, defined: Boolean(doc.components.schemas[resource]) }).toEqual({ resource, defined: true });
  });

  it('refuses in the document what the pipe refuses: no unknown field in any body, ids, dates and cursors by pattern', () => {
    for (const [name, schema] of Object.entries(doc.components.schemas as Record<string, Json>)) {
      if (!/(Dto|Query)$/.test(name)) continue;
      for (const [at, object] of objects(schema, name))
        expect({ at, additionalProperties: object.additionalProperties }).toEqual({ at, additionalProperties: false });
    }
    const post = doc.components.schemas.PostNeedDto;
    expect(post.properties.communityId.pattern).toBe(ID_PATTERN.source);
    expect(doc.components.schemas.WindowDto.properties.from.pattern).toBe(ISO_DATE_PATTERN.source);
    expect(doc.components.schemas.QuantityDto.properties.amount.multipleOf).toBe(0.01);
    const cursor = doc.paths['/api/v1/needs'].get.parameters.find((p: Json) => p.name === 'cursor');
    expect(cursor.schema.pattern).toBe(CURSOR_PATTERN.source);
    const id = doc.paths['/api/v1/needs/{id}'].get.parameters.find((p: Json) => p.name === 'id');
    expect(id.schema.pattern).toBe(ID_PATTERN.source);
  });

  it('states the rules between fields: at or position, not both; one of orgId, communityId, branchId', () => {
    expect(doc.components.schemas.AsOfQuery.allOf).toEqual(
      expect.arrayContaining([
        { not: { required: ['position', 'at'] } },
        { anyOf: [{ required: ['at'] }, { required: ['position'] }] },
        { anyOf: [{ required: ['streamId'] }, { required: ['projection'] }] },
      ]),
    );
    expect(doc.components.schemas.LeaderboardQuery.anyOf).toEqual([
      { required: ['orgId'] },
      { required: ['communityId'] },
      { required: ['branchId'] },
    ]);
    // a query with such rules is one object parameter spread over the query string
    expect(doc.paths['/api/v1/pioneer-index/leaderboard'].get.parameters[0]).toMatchObject({
      in: 'query',
      style: 'form',
      explode: true,
      schema: { $ref: '#/components/schemas/LeaderboardQuery' },
    });
  });

  it('links every operation that needs an id from one that gives it, with parameters it has', () => {
    const byId = new Map<string, Json>();
    for (const item of Object.values(doc.paths as Record<string, Json>))
      for (const operation of Object.values(item)) byId.set(operation.operationId, operation);
    const targets = new Set<string>();
    for (const operation of byId.values())
      for (const response of Object.values(operation.responses as Record<string, Json>))
        for (const link of Object.values((response.links ?? {}) as Record<string, Json>)) {
          const target = byId.get(link.operationId)!;
          expect(target).toBeDefined();
          const names = target.parameters.filter((p: Json) => p.in === 'path').map((p: Json) => `path.${p.name}`);
          expect(Object.keys(link.parameters ?? {}).sort()).toEqual(names.sort());
          targets.add(link.operationId);
        }
    for (const route of routes.filter((r) => r.path.includes('/:')))
      expect({ route: route.name, linked: targets.has(operationOf(route).operationId) }).toEqual({
        route: route.name,
        linked: true,
      });
    // a county: a create feeds what acts on it, a run's proposals their acceptance, an acceptance its project
    const links = (path: string, method: string, status: string) => doc.paths[path][method].responses[status].links;
    expect(links('/api/v1/needs', 'post', '201')['CancelNeed.cancel'].parameters).toEqual({
      'path.id': '$response.body#/id',
    });
    expect(links('/api/v1/organizations', 'post', '201')['PostNeed.post'].requestBody).toEqual({
      communityId: '$response.body#/id',
    });
    expect(links('/api/v1/matching/runs', 'post', '201')['AcceptProposal.accept'].parameters).toEqual({
      'path.id': '$response.body#/proposals/0/id',
    });
    expect(links('/api/v1/proposals/{id}/accept', 'post', '200')['StartProject.start'].parameters).toEqual({
      'path.id': '$response.body#/projectId',
    });
  });

  it('lists query fields as parameters, marks the routes that need no token, documents the headers of writes', () => {
    const list = doc.paths['/api/v1/needs'].get;
    const names = list.parameters.filter((p: Json) => p.in === 'query').map((p: Json) => p.name);
    expect(names).toEqual(expect.arrayContaining(['communityId', 'status', 'category', 'limit', 'cursor']));
    expect(doc.paths['/api/v1/auth/login'].post.security).toEqual([]);
    expect(doc.paths['/api/v1/health'].get.security).toEqual([]);
    expect(doc.paths['/api/v1/metrics'].get.security).toEqual([{ bearer: [] }]);
    const cancel = doc.paths['/api/v1/needs/{id}/cancel'].post.parameters.map((p: Json) => p.name);
    expect(cancel).toEqual(expect.arrayContaining(['Idempotency-Key', 'If-Match']));
  });

  it('answers a method a known path does not have 405 with Allow, OPTIONS 204 with Allow, an unknown path 404', async () => {
    const res = await http().put('/api/v1/needs').expect(405);
    expect(res.headers.allow).toBe('GET, HEAD, OPTIONS, POST');
    expect(res.body).toMatchObject({ statusCode: 405, error: 'method_not_allowed' });
    const item = await http().delete('/api/v1/needs/n-1').expect(405);
    expect(item.headers.allow).toBe('GET, HEAD, OPTIONS, PATCH');
    const options = await http().options('/api/v1/proposals/p-1/accept').expect(204);
    expect(options.headers.allow).toBe('OPTIONS, POST');
    await http().put('/api/v1/nowhere').expect(404);
  });

  it('serves Swagger UI at /api/v1/docs without a token, under the console’s CSP', async () => {
    const res = await http().get('/api/v1/docs').redirects(1).expect(200);
    expect(res.text).toContain('swagger-ui');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    await http().get('/api/v1/docs/swagger-ui-init.js').expect(200);
  });
});
