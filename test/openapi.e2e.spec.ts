import SwaggerParser from '@apidevtools/swagger-parser';
import request from 'supertest';
import { declaredRoutes } from '@gongjian/runtime';
import { TestPlatform } from './support/platform';

describe('GET /docs: the OpenAPI document of every route, from the controllers and the DTOs’ validation', () => {
  const t = new TestPlatform();
  let doc: any;
  const http = () => request(t.platform.app.getHttpServer());

  beforeAll(async () => {
    await t.start();
    doc = (await http().get('/api/v1/docs-json').expect(200)).body;
  });
  afterAll(() => t.stop());

  it('is a valid OpenAPI 3 document whose every $ref resolves', async () => {
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeDefined();
  });

  it('lists every declared route with its method, path parameters and success status', () => {
    const routes = declaredRoutes(t.platform.app);
    expect(routes.length).toBeGreaterThan(90);
    for (const route of routes) {
      const path = `/api/v1${route.path.replace(/:(\w+)/g, '{$1}')}`;
      const operation = doc.paths[path]?.[route.method.toLowerCase()];
      expect({ route: route.name, documented: Boolean(operation) }).toEqual({ route: route.name, documented: true });
      const pathParams = operation.parameters.filter((p: any) => p.in === 'path').map((p: any) => p.name);
      expect(pathParams).toEqual([...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]));
      expect(operation.responses[route.status]).toBeDefined();
    }
    expect(doc.paths['/api/v1/matching/runs'].post.responses['201']).toBeDefined();
  });

  it('describes a body by what the validation pipe checks: required fields, types, nested objects', () => {
    const post = doc.paths['/api/v1/needs'].post;
    const ref = post.requestBody.content['application/json'].schema.$ref as string;
    const schema = doc.components.schemas[ref.split('/').pop()!];
    expect(schema.required).toEqual(expect.arrayContaining(['communityId', 'title', 'category', 'quantity', 'window']));
    expect(schema.properties.title.type).toBe('string');
    expect(schema.properties.quantity.$ref).toMatch(/^#\/components\/schemas\//);
    expect(post.security).toEqual([{ bearer: [] }]);
    expect(post.responses['400'].content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
  });

  it('lists query fields as parameters, and marks the routes that need no token', () => {
    const list = doc.paths['/api/v1/needs'].get;
    const names = list.parameters.filter((p: any) => p.in === 'query').map((p: any) => p.name);
    expect(names).toEqual(expect.arrayContaining(['communityId', 'status', 'category', 'limit', 'cursor']));
    expect(doc.paths['/api/v1/auth/login'].post.security).toEqual([]);
    expect(doc.paths['/api/v1/health'].get.security).toEqual([]);
  });

  it('serves Swagger UI at /api/v1/docs without a token, under the console’s CSP', async () => {
    const res = await http().get('/api/v1/docs').redirects(1).expect(200);
    expect(res.text).toContain('swagger-ui');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    await http().get('/api/v1/docs/swagger-ui-init.js').expect(200);
  });
});
