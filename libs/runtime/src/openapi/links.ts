import { type JsonSchema, SCHEMA_REF } from '@gongjian/http';
import type { Operation } from './operations';

/**
 * OpenAPI links, derived by rule (never listed by hand): from every operation whose success
 * answer holds a resource (a created one, a list's items, a run's proposals, a proposal's project)
 * to every operation whose path parameters that answer can fill, and to every create whose body
 * names such a resource by an id field (`communityId`, `unitId`…). So a stateful client (a
 * Schemathesis run) can build a county: an organisation, its units, needs and offers, a matching
 * run, its proposals, their acceptance, the project.
 *
 * A path parameter is filled, in this order, from the source's own path (the same parameter at the
 * same place), from a resource of the answer of the parameter's kind (`/needs/{id}`: what
 * `GET /needs/{id}` answers, a Need; `{unitId}`: a Unit), from a field of that name in the answer
 * (`username`, `quarter`, `eventId`), or from the source's request body (`unitId` of a join).
 */

type Paths = Record<string, Record<string, Operation>>;

interface Producer {
  resource: string;
  /** JSON pointer of the resource's id in the answer */
  pointer: string;
}

/** Fields that name an organisation, whatever its kind (units are organisations too). */
const ORGANIZATION_FIELDS = new Set([
  'orgId',
  'communityId',
  'parentId',
  'scopeOrgId',
  'branchId',
  'toBranchId',
  'locatedIn',
  'gridId',
]);

/** Whether objects of `schema` have an `id` (each shape of a `oneOf`: a member's views). */
const hasId = (schema: JsonSchema | undefined): boolean =>
  Boolean((schema?.properties as JsonSchema | undefined)?.id) ||
  (Array.isArray(schema?.oneOf) && (schema.oneOf as JsonSchema[]).every(hasId));

const refName = (schema: JsonSchema | undefined) =>
  typeof schema?.$ref === 'string' && schema.$ref.startsWith(SCHEMA_REF) ? schema.$ref.slice(SCHEMA_REF.length) : null;

function successOf(operation: Operation): [string, JsonSchema] | null {
  const entry = Object.entries(operation.responses).find(([status]) => /^2\d\d$/.test(status));
  const schema = (entry?.[1].content as Record<string, { schema?: JsonSchema }> | undefined)?.['application/json']
    ?.schema;
  return entry && schema ? [entry[0], schema] : null;
}

/**
 * The resources an answer is about, and where their ids are: the answer itself when it is a
 * resource (`/id`), a list's items (`/items/0/id`), a list named for one (`proposals: [{ id }]`:
 * `/proposals/0/id`), a field that names one (`projectId`, `runId`; not the organisations a
 * resource belongs to, which would link everything to the organisation routes).
 */
function producers(schema: JsonSchema, components: Record<string, JsonSchema>, resources: Set<string>): Producer[] {
  const name = refName(schema);
  const resolved = name ? (components[name] ?? {}) : schema;
  const properties = (resolved.properties as Record<string, JsonSchema>) ?? {};
  const out: Producer[] = [];
  if (name && resources.has(name) && hasId(resolved)) out.push({ resource: name, pointer: '/id' });
  for (const [key, value] of Object.entries(properties)) {
    const item = value.type === 'array' ? (value.items as JsonSchema) : null;
    const itemName = item ? refName(item) : null;
    const kind = key === 'items' && itemName && resources.has(itemName) ? itemName : pluralOf(key, resources);
    if (item && kind && hasId(itemName ? components[itemName] : item))
      out.push({ resource: kind, pointer: `/${key}/0/id` });
    const field = value.type === 'string' && !ORGANIZATION_FIELDS.has(key) ? resourceOfField(key, resources) : null;
    if (field) out.push({ resource: field, pointer: `/${key}` });
  }
  return out;
}

/** `proposals` → `Proposal`, when there is such a resource. */
function pluralOf(key: string, resources: Set<string>): string | null {
  const singular = key.endsWith('s') ? key[0].toUpperCase() + key.slice(1, -1) : null;
  return singular && resources.has(singular) ? singular : null;
}

/** Where a field named `field` lies in an answer (itself, or in an object or a first item of one), two levels deep. */
function fieldPointer(
  schema: JsonSchema,
  field: string,
  components: Record<string, JsonSchema>,
  depth = 0,
): string | null {
  const resolved = refName(schema) ? (components[refName(schema)!] ?? {}) : schema;
  if (resolved.type === 'array' && resolved.items)
    return prefixed('/0', fieldPointer(resolved.items as JsonSchema, field, components, depth));
  const properties = (resolved.properties as Record<string, JsonSchema>) ?? {};
  const own = properties[field];
  if (own && (own.type === 'string' || refName(own) === null) && own.type !== 'object' && own.type !== 'array')
    return `/${field}`;
  if (depth >= 2) return null;
  for (const [key, value] of Object.entries(properties)) {
    const found = fieldPointer(value, field, components, depth + 1);
    if (found) return `/${key}${found}`;
  }
  return null;
}

const prefixed = (prefix: string, rest: string | null) => (rest === null ? null : `${prefix}${rest}`);

const pathParams = (path: string) => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);

/** The kind of resource a field or parameter named `name` holds the id of, by its name. */
function resourceOfField(name: string, resources: Set<string>): string | null {
  if (ORGANIZATION_FIELDS.has(name)) return 'Organization';
  const match = /^(.+)Id$/.exec(name);
  if (!match) return null;
  const resource = match[1][0].toUpperCase() + match[1].slice(1);
  return resources.has(resource) ? resource : null;
}

/** The kind of resource path parameter `param` of `path` names: what `GET` of the path up to it answers, else by its name. */
function resourceOfParam(paths: Paths, path: string, param: string, resources: Set<string>): string | null {
  const upTo = path.slice(0, path.indexOf(`{${param}}`) + param.length + 2);
  const get = paths[upTo]?.get;
  const answer = get && successOf(get);
  return (answer && refName(answer[1])) ?? resourceOfField(param, resources);
}

/** Whether two paths agree up to and including `{param}`. */
const samePrefix = (a: string, b: string, param: string) => {
  const end = (p: string) => p.indexOf(`{${param}}`);
  return end(a) >= 0 && end(a) === end(b) && a.slice(0, end(a)) === b.slice(0, end(b));
};

function bodySchema(operation: Operation, components: Record<string, JsonSchema>): JsonSchema | null {
  const body = (operation.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined)?.content?.[
    'application/json'
  ]?.schema;
  const name = refName(body);
  return name ? (components[name] ?? null) : null;
}

const isCreate = (method: string, status: string | undefined) => method === 'post' && status === '201';

/** Adds `links` to the success answer of every operation that produces something another can use. */
export function addLinks(paths: Paths, components: Record<string, JsonSchema>): void {
  const resources = new Set(Object.keys(components).filter((n) => !/(Dto|Query)$/.test(n) && n !== 'Error'));
  const operations = Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
  );
  for (const source of operations) {
    const success = successOf(source.operation);
    if (!success) continue;
    const [status, answer] = success;
    const produced = producers(answer, components, resources);
    const sourceBody = bodySchema(source.operation, components);
    const links: Record<string, JsonSchema> = {};
    for (const target of operations) {
      if (target === source) continue;
      const parameters: Record<string, string> = {};
      let fromAnswer = false;
      for (const param of pathParams(target.path)) {
        const kind = resourceOfParam(paths, target.path, param, resources);
        // `{spendingId}` of a route answering something else (a trace): the Spending its name says
        const named = param === 'id' ? null : resourceOfField(param, resources);
        const producer =
          (kind ? produced.find((p) => p.resource === kind) : undefined) ??
          (named ? produced.find((p) => p.resource === named) : undefined);
        const field = fieldPointer(answer, param, components);
        if (pathParams(source.path).includes(param) && samePrefix(source.path, target.path, param))
          parameters[`path.${param}`] = `$request.path.${param}`;
        else if (producer) parameters[`path.${param}`] = `$response.body#${producer.pointer}`;
        else if (field && param !== 'id') parameters[`path.${param}`] = `$response.body#${field}`;
        else if ((sourceBody?.properties as Record<string, unknown> | undefined)?.[param])
          parameters[`path.${param}`] = `$request.body#/${param}`;
        else break;
        fromAnswer ||= !parameters[`path.${param}`].startsWith('$request.path');
      }
      if (Object.keys(parameters).length !== pathParams(target.path).length) continue;
      // a create feeds the creates whose bodies name what it made (an organisation → a need's communityId)
      const requestBody =
        isCreate(source.method, status) && isCreate(target.method, successOf(target.operation)?.[0])
          ? bodyLinks(target.operation, produced, components, resources)
          : null;
      if (!fromAnswer && !requestBody) continue;
      links[target.operation.operationId] = {
        operationId: target.operation.operationId,
        ...(Object.keys(parameters).length ? { parameters } : {}),
        ...(requestBody ? { requestBody } : {}),
      };
    }
    if (Object.keys(links).length) source.operation.responses[status].links = links;
  }
}

/** `{ communityId: '$response.body#/id' }` for a target whose body requires a resource the source produced. */
function bodyLinks(
  target: Operation,
  produced: Producer[],
  components: Record<string, JsonSchema>,
  resources: Set<string>,
): Record<string, string> | null {
  const body = bodySchema(target, components);
  const required = (body?.required as string[] | undefined) ?? [];
  const out: Record<string, string> = {};
  for (const [field, schema] of Object.entries((body?.properties as Record<string, JsonSchema>) ?? {})) {
    if (schema.type !== 'string' || !required.includes(field)) continue;
    const kind = resourceOfField(field, resources);
    const producer = kind ? produced.find((p) => p.resource === kind) : undefined;
    if (producer) out[field] = `$response.body#${producer.pointer}`;
  }
  return Object.keys(out).length ? out : null;
}
