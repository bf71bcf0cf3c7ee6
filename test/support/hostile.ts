import fc from 'fast-check';
import { isUtf8 } from 'node:buffer';
import { BODY_LIMIT_BYTES, MAX_JSON_ARRAY_LENGTH } from '@gongjian/http';

/**
 * Hostile request bodies and query strings for the fuzz suite (test/fuzz.e2e.spec.ts): each class
 * starts from a request the route would accept and spoils one thing, so that a 2xx (or a 404, 409,
 * 422 from deeper down) means the spoilt part got past the edge.
 */

export type Json = Record<string, unknown>;
type Path = string[];

/** One request body, with the statuses it may get. */
export interface Payload {
  kind: string;
  body: string | Uint8Array;
  /** the Content-Type header, or none */
  type: string | null;
  expect: number[];
}

/** What a class needs to know about a route: a body it accepts and the fields its DTO declares. */
export interface BodyShape {
  /** the accepted body; `{}` for a route that takes none */
  base: Json;
  /** top-level fields of the DTO (none for a route without a body) */
  declared: string[];
}

const JSON_TYPE = 'application/json';
const MARK = '\u0001splice\u0001';

const payload = (kind: string, body: string | Uint8Array, expect: number[], type: string | null = JSON_TYPE) => ({
  kind,
  body,
  type,
  expect,
  // fast-check prints counterexamples with this: never the 200 kB strings themselves
  [fc.toStringMethod]: () => `${kind} (${type}, ${body.length} bytes): ${preview(body)}`,
});

const preview = (body: string | Uint8Array) =>
  (typeof body === 'string' ? body : Buffer.from(body).toString('latin1')).slice(0, 160);

const get = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((at, key) => (at as Json | undefined)?.[key], value);

/** A copy of `base` with `value` at `path`, as an own enumerable key (so `__proto__` stays a key). */
export function withValue(base: Json, path: Path, value: unknown): Json {
  const copy = structuredClone(base);
  let at: Json = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Json;
  Object.defineProperty(at, path[path.length - 1], { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** The JSON text of `base` with raw bytes in place of the value at `path` (or as the whole body). */
function splice(base: Json, path: Path, raw: Uint8Array | string): Uint8Array {
  if (path.length === 0) return Buffer.from(raw);
  const [before, after] = JSON.stringify(withValue(base, path, MARK)).split(JSON.stringify(MARK));
  return Buffer.concat([Buffer.from(before), Buffer.from(raw), Buffer.from(after)]);
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Paths of the values a class may spoil: the DTO's fields, present or not, and nested fields. */
function fieldPaths({ base, declared }: BodyShape): Path[] {
  const top = [...new Set([...declared, ...Object.keys(base)])];
  const paths: Path[] = (top.length > 0 ? top : ['reason', 'note']).map((f) => [f]);
  for (const [key, value] of Object.entries(base)) {
    if (isObject(value)) paths.push(...Object.keys(value).map((k) => [key, k]));
  }
  return paths;
}

/** Paths of the objects a key may be added to: the body and its nested objects. */
function objectPaths({ base }: BodyShape): Path[] {
  return [[], ...Object.entries(base).flatMap(([key, value]) => (isObject(value) ? [[key]] : []))];
}

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

/** MongoDB query and update operators, as values where a string, number or object belongs. */
export const OPERATORS: unknown[] = [
  { $where: 'sleep(5000) || true' },
  { $gt: '' },
  { $ne: null },
  { $regex: '.*', $options: 'i' },
  { $in: ['', null] },
  { $exists: true },
  { $expr: { $eq: [1, 1] } },
  { $function: { body: 'function () { return true }', args: [], lang: 'js' } },
  { $set: { role: 'district_admin' } },
];

/** Keys no DTO declares: random text, and some that name things the server owns. */
function unknownKey(shape: BodyShape, at: Path): fc.Arbitrary<string> {
  const taken = new Set(
    at.length === 0 ? [...shape.declared, ...Object.keys(shape.base)] : Object.keys(get(shape.base, at) as Json),
  );
  return fc
    .oneof(
      fc.constantFrom('$where', '$gt', 'isAdmin', 'actor', 'streamId', 'expectedVersion', 'version', 'id', 'createdBy'),
      fc.string({ maxLength: 20 }),
    )
    .filter((key) => !taken.has(key) && !PROTOTYPE_KEYS.includes(key));
}

/** A value of another JSON type than `value` (never null: optional fields take null). */
function otherType(value: unknown): fc.Arbitrary<unknown> {
  const word = fc.string({ minLength: 1, maxLength: 10 }).map((s) => `x${s}`);
  const object = fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { minKeys: 1, maxKeys: 3 });
  if (typeof value === 'string')
    return fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      object,
      fc.array(fc.integer(), { minLength: 1, maxLength: 3 }),
    );
  if (typeof value === 'number')
    return fc.oneof(word, fc.constantFrom('5', '1e3', '0x10', ' 7 '), fc.boolean(), object, fc.constant([value]));
  if (typeof value === 'boolean') return fc.oneof(word, fc.constantFrom('true', 1, 0), object);
  if (Array.isArray(value)) return fc.oneof(word, fc.integer(), object);
  if (isObject(value)) return fc.oneof(word, fc.integer(), fc.boolean(), fc.constantFrom([], [[]], [{}], [1, 2]));
  // a field the accepted body leaves out: no DTO type takes these
  return fc.constantFrom<unknown>({ unexpected: 1 }, [[{}]], { $gt: '' });
}

const nested = (depth: number, shape: 'object' | 'array') =>
  shape === 'object' ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}1${']'.repeat(depth)}`;

const urlencoded = (base: Json) =>
  Object.entries(base)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))}`)
    .join('&') || 'reason=x';

/**
 * A string of the accepted body made long while keeping its form: a date becomes an instant with
 * thousands of fraction digits (which IsISO8601 alone accepts), anything else repeats its last
 * character. Only a length bound refuses these (issue 16 item 10).
 */
export function lengthen(value: string, n: number): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(value);
  if (date) return `${date[0]}T08:00:00.${'1'.repeat(n)}Z`;
  return value + (value.slice(-1) || 'x').repeat(n);
}

function longValidStrings(
  shape: BodyShape,
  json: (kind: string, body: unknown) => Payload,
): Record<string, fc.Arbitrary<Payload>> {
  const strings = fieldPaths(shape).filter((path) => typeof get(shape.base, path) === 'string');
  if (strings.length === 0) return {};
  return {
    longValidString: fc
      // beyond any MaxLength of a DTO (the largest is 5000), within the body limit
      .tuple(fc.constantFrom(...strings), fc.integer({ min: 10_001, max: 80_000 }))
      .map(([path, n]) =>
        json(
          `${n} more characters of a valid ${path.join('.')}`,
          withValue(shape.base, path, lengthen(get(shape.base, path) as string, n)),
        ),
      ),
  };
}

/** The hostile classes, by name: each an arbitrary of payloads for one route. */
export function hostileBodies(shape: BodyShape): Record<string, fc.Arbitrary<Payload>> {
  const { base } = shape;
  const fields = fc.constantFrom(...fieldPaths(shape));
  const objects = fc.constantFrom(...objectPaths(shape));
  const json = (kind: string, body: unknown, expect = [400]) => payload(kind, JSON.stringify(body), expect);
  return {
    unknownField: objects.chain((at) =>
      fc
        .tuple(unknownKey(shape, at), fc.jsonValue({ maxDepth: 2 }))
        .map(([key, value]) => json(`unknown field ${[...at, key].join('.')}`, withValue(base, [...at, key], value))),
    ),
    prototypeKey: fc
      .tuple(
        objects,
        fc.constantFrom(...PROTOTYPE_KEYS),
        fc.constantFrom<unknown>({ polluted: 'yes' }, { prototype: { polluted: 'yes' } }, 'polluted', [
          { polluted: 1 },
        ]),
      )
      .map(([at, key, value]) => json(`prototype key ${[...at, key].join('.')}`, withValue(base, [...at, key], value))),
    operatorValue: fc
      .tuple(fields, fc.constantFrom(...OPERATORS))
      .map(([path, op]) => json(`operator at ${path.join('.')}`, withValue(base, path, op))),
    operatorBody: fc
      .constantFrom(...OPERATORS)
      .map((op) => json('operators as the body', { ...base, ...(op as Json) })),
    wrongType: fields.chain((path) =>
      otherType(get(base, path)).map((value) => json(`wrong type at ${path.join('.')}`, withValue(base, path, value))),
    ),
    longString: fc
      // beyond any MaxLength of a DTO (the largest is 5000), within the body limit
      .tuple(fields, fc.integer({ min: 10_001, max: 80_000 }), fc.constantFrom('a', '汉', ' ', '\\'))
      .map(([path, n, c]) => json(`${n} characters at ${path.join('.')}`, withValue(base, path, c.repeat(n)))),
    ...longValidStrings(shape, json),
    tooLarge: fc
      .tuple(fields, fc.integer({ min: BODY_LIMIT_BYTES + 1, max: 1_100_000 }))
      .map(([path, n]) => json(`${n}-byte string at ${path.join('.')}`, withValue(base, path, 'a'.repeat(n)), [413])),
    bigArray: fc
      .tuple(
        fc.option(fields, { nil: undefined }),
        // beyond MAX_JSON_ARRAY_LENGTH, the largest array any DTO takes
        fc.integer({ min: MAX_JSON_ARRAY_LENGTH + 1, max: 30_000 }),
        fc.constantFrom<unknown>(0, 'x', {}, [], null, true),
      )
      .map(([path, n, item]) => {
        const array = Array.from({ length: n }, () => item);
        return path
          ? json(`${n}-item array at ${path.join('.')}`, withValue(base, path, array))
          : json(`${n}-item array body`, array);
      }),
    deepNesting: fc
      .tuple(
        fc.option(fields, { nil: undefined }),
        fc.integer({ min: 17, max: 20_000 }),
        fc.constantFrom<'object' | 'array'>('object', 'array'),
      )
      .map(([path, depth, kind]) =>
        payload(
          `${kind}s nested ${depth} deep at ${path?.join('.') ?? 'the body'}`,
          splice(base, path ?? [], nested(depth, kind)),
          [400],
        ),
      ),
    invalidUtf8: fc
      .tuple(
        fields,
        fc.uint8Array({ minLength: 1, maxLength: 8 }).filter((bytes) => !isUtf8(bytes)),
      )
      .map(([path, bytes]) =>
        payload(
          `invalid UTF-8 at ${path.join('.')}`,
          splice(base, path, Buffer.concat([Buffer.from('"'), bytes, Buffer.from('"')])),
          [400],
        ),
      ),
    notJson: fc
      .tuple(
        fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/xml',
          'text/html',
          'application/octet-stream',
          'application/jsonx',
          null,
        ),
        fc.boolean(),
      )
      .map(([type, form]) => {
        const text = form ? urlencoded(base) : JSON.stringify(Object.keys(base).length > 0 ? base : { reason: 'x' });
        return payload(`${form ? 'a form' : 'JSON'} as ${type ?? 'no Content-Type'}`, Buffer.from(text), [415], type);
      }),
  };
}

/** Random JSON bodies: the route may accept some; nothing may fail. */
export function randomBodies(shape: BodyShape): fc.Arbitrary<Payload> {
  const declared = shape.declared.length > 0 ? shape.declared : ['reason'];
  return fc
    .oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.dictionary(fc.constantFrom(...declared), fc.jsonValue({ maxDepth: 2 })),
      fc.dictionary(fc.constantFrom(...declared), fc.string({ unit: 'binary', maxLength: 30 })),
    )
    .map((body) => payload('random JSON', JSON.stringify(body), []));
}

/** A query string with one hostile part, for a route whose query DTO declares `fields`. */
export function hostileQueries(fields: string[]): Record<string, fc.Arbitrary<Payload>> {
  const field = fc.constantFrom(...fields);
  const query = (kind: string, q: string, expect = [400]) => payload(kind, q, expect, null);
  return {
    bracketOperator: fc
      .tuple(
        field,
        fc.constantFrom('$gt', '$ne', '$regex', '$where', '$in', '$exists', '__proto__', ''),
        fc.string({ maxLength: 10 }),
      )
      .map(([f, op, v]) => query(`${f}[${op}]`, `${encodeURIComponent(`${f}[${op}]`)}=${encodeURIComponent(v)}`)),
    repeated: fc
      .tuple(field, fc.array(fc.string({ maxLength: 10 }), { minLength: 2, maxLength: 5 }))
      .map(([f, vs]) =>
        query(`${f} repeated`, vs.map((v) => `${encodeURIComponent(f)}=${encodeURIComponent(v)}`).join('&')),
      ),
    hugeValue: fc
      .tuple(field, fc.integer({ min: 1_000, max: 8_000 }))
      .map(([f, n]) => query(`${n} characters of ${f}`, `${encodeURIComponent(f)}=${'x'.repeat(n)}`)),
    badLimit: fc
      .constantFrom('100000', '201', '0', '-1', '1.5', 'abc', '1e9', '', '0x10', 'Infinity')
      .map((limit) => query(`limit=${limit}`, `limit=${encodeURIComponent(limit)}`)),
    prototypeKey: fc
      .constantFrom('__proto__', 'constructor', 'prototype', '__proto__[polluted]')
      .map((key) => query(`key ${key}`, `${encodeURIComponent(key)}=polluted`)),
    operatorValue: fc
      .tuple(field, fc.constantFrom('$where', '$gt', '{"$gt":""}', '{"$ne":null}', '.*', '$regex'))
      .map(([f, v]) => query(`${f}=${v}`, `${encodeURIComponent(f)}=${encodeURIComponent(v)}`, [])),
    random: fc
      .dictionary(fc.oneof(field, fc.string({ maxLength: 8 })), fc.string({ unit: 'binary', maxLength: 40 }), {
        maxKeys: 4,
      })
      .map((q) => query('random query', new URLSearchParams(q).toString(), [])),
  };
}
