import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * Every answer checked against the OpenAPI document: its status must be one the operation
 * declares, and its JSON body must validate against that status's schema (where objects take no
 * field they do not declare). `client()` (test/support/platform.ts) runs every e2e request through
 * it, so a route that answers what its document does not say fails the test that met it.
 */

interface Operation {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

type Doc = { paths: Record<string, Record<string, Operation>> } & Record<string, unknown>;

interface Route {
  pattern: RegExp;
  /** literal segments: `/members/me` before `/members/{id}` */
  literals: number;
  operations: Record<string, Operation>;
}

export class ContractViolation extends Error {}

export class OpenApiContract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  private readonly routes: Route[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly doc: Doc) {
    addFormats(this.ajv);
    this.ajv.addSchema(doc as object, 'openapi');
    this.routes = Object.entries(doc.paths)
      .map(([path, operations]) => ({
        pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}/?$`),
        literals: path.split('/').filter((s) => s && !s.startsWith('{')).length,
        operations,
      }))
      .sort((a, b) => b.literals - a.literals);
  }

  /** The operation of `METHOD /api/v1/…` (query aside), or null for a path the document does not have. */
  operation(method: string, url: string): Operation | null {
    let path = url.split('?')[0];
    try {
      path = decodeURI(path);
    } catch {
      // a malformed escape: matched as it is
    }
    for (const route of this.routes) {
      if (route.pattern.test(path)) return route.operations[method.toLowerCase()] ?? null;
    }
    return null;
  }

  /**
   * Throws a ContractViolation when the answer is not one the document gives for this request.
   * Paths and methods the document does not have are the 404 and 405 of the edge: not checked here.
   */
  check(method: string, url: string, status: number, contentType: string | undefined, body: unknown): void {
    const operation = this.operation(method, url);
    if (!operation) return;
    const where = `${method} ${url.split('?')[0]} (${operation.operationId}) answered ${status}`;
    const response = operation.responses[String(status)];
    if (!response) {
      throw new ContractViolation(
        `${where}, which its document does not list (${Object.keys(operation.responses).join(', ')}): ${JSON.stringify(body)}`,
      );
    }
    if (!contentType?.startsWith('application/json') || !response.content?.['application/json']) return;
    const validate = this.validator(method, operation, String(status));
    if (!validate(body)) {
      const errors = (validate.errors ?? [])
        .slice(0, 5)
        .map((e) => `${e.instancePath || '(body)'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
      throw new ContractViolation(
        `${where} with a body its schema refuses: ${errors.join('; ')}\n${JSON.stringify(body)}`,
      );
    }
  }

  private validator(method: string, operation: Operation, status: string): ValidateFunction {
    const key = `${operation.operationId} ${status}`;
    let validate = this.validators.get(key);
    if (!validate) {
      const path = Object.entries(this.doc.paths).find(([, ops]) => ops[method.toLowerCase()] === operation)![0];
      const pointer = [
        'paths',
        path,
        method.toLowerCase(),
        'responses',
        status,
        'content',
        'application/json',
        'schema',
      ]
        .map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1'))
        .join('/');
      validate = this.ajv.compile({ $ref: `openapi#/${pointer}` });
      this.validators.set(key, validate);
    }
    return validate;
  }
}
