import { sameJson } from '@gongjian/eventing';
import { SetMetadata } from '@nestjs/common';
import { CURSOR_PATTERN, ID_PATTERN } from './rules';

/**
 * The schemas of what routes answer, written beside the resources they describe and checked both
 * ways: at compile time, a resource's schema must produce its TypeScript type (`Schema<T>` is
 * typed by what it accepts), and in `npm test` and Schemathesis every answer is validated against
 * the document, where objects allow no other fields. A field added to a resource and not to its
 * schema fails the second; a field renamed or retyped fails the first.
 */
export type JsonSchema = Record<string, unknown>;

/** A JSON Schema that accepts values of type T. */
export interface Schema<T> {
  readonly json: JsonSchema;
  /** never set: carries T for the compiler */
  readonly type?: T;
}

/** A schema with a name: one entry of `components.schemas`, referenced wherever it is used. */
export interface NamedSchema<T> extends Schema<T> {
  readonly name: string;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

const schema = <T>(json: JsonSchema): Schema<T> => ({ json });

export const string = (extra: JsonSchema = {}): Schema<string> => schema({ type: 'string', ...extra });
/** An id (see ID_PATTERN). */
export const id = (): Schema<string> => string({ pattern: ID_PATTERN.source });
/** A date or date-time, as the resource stored it (2026-12-02, 2026-12-02T10:20:30.000Z). */
export const date = (): Schema<string> => string({ description: 'an ISO 8601 date or date-time' });
export const integer = (extra: JsonSchema = {}): Schema<number> => schema({ type: 'integer', ...extra });
export const number = (extra: JsonSchema = {}): Schema<number> => schema({ type: 'number', ...extra });
export const boolean = (): Schema<boolean> => schema({ type: 'boolean' });
export const oneOf = <C extends readonly string[]>(codes: C): Schema<C[number]> =>
  schema({ type: 'string', enum: [...codes] });
export const nullable = <T>(of: Schema<T>): Schema<T | null> => schema({ anyOf: [of.json, { type: 'null' }] });
export const array = <T>(of: Schema<T>): Schema<T[]> => schema({ type: 'array', items: of.json });
/** An object whose keys are data (ids, categories): each value as `of`. */
export const record = <T>(of: Schema<T>): Schema<Record<string, T>> =>
  schema({ type: 'object', additionalProperties: of.json });
/** The one value `value`. */
export const literal = <V extends string | null>(value: V): Schema<V> =>
  schema({ type: value === null ? 'null' : 'string', const: value });
/** One of several shapes (each its own; a `view` or `kind` field tells them apart). */
export const union = <S extends Schema<unknown>[]>(...of: S): Schema<Infer<S[number]>> =>
  schema({ oneOf: of.map((s) => s.json) });
/** Any JSON value (an event's data, a document as its projection folds it). */
export const any = (description: string): Schema<unknown> => schema({ description });

type Shape = Record<string, Schema<unknown>>;
type Props<S extends Shape> = { [K in keyof S]: Infer<S[K]> };

/** An object with these fields required, `optional` ones optional, and no other field. */
export function object<R extends Shape, O extends Shape = Record<never, never>>(
  required: R,
  optional?: O,
  extra: JsonSchema = {},
): Schema<Props<R> & Partial<Props<O>>> {
  const properties = Object.fromEntries(
    Object.entries({ ...required, ...optional }).map(([key, value]) => [key, value.json]),
  );
  return schema({
    type: 'object',
    properties,
    required: Object.keys(required),
    additionalProperties: false,
    ...extra,
  });
}

/** An object whose named fields are described and whose other fields are left open. */
export function openObject<R extends Shape>(required: R, description: string): Schema<Props<R>> {
  return schema({ ...object(required).json, additionalProperties: true, description });
}

const NAMED = new Map<string, JsonSchema>();

/** Where the document keeps named schemas. */
export const SCHEMA_REF = '#/components/schemas/';

/** Names `of` as `components.schemas[name]`: where it is used, the document refers to it by `$ref`. */
export function named<T>(name: string, of: Schema<T>): NamedSchema<T> {
  if (NAMED.has(name) && !sameJson(NAMED.get(name), of.json)) throw new Error(`two schemas are named ${name}`);
  NAMED.set(name, of.json);
  return { name, json: { $ref: `${SCHEMA_REF}${name}` } };
}

/** A reference to the schema named `name`, for one that refers to itself (a tree's children). */
export const ref = <T>(name: string): Schema<T> => ({ json: { $ref: `${SCHEMA_REF}${name}` } });

/** Every named schema, by name (the modules that declare them loaded). */
export function namedSchemas(): Record<string, JsonSchema> {
  return Object.fromEntries(NAMED);
}

/**
 * A page of a list: `{ items, nextCursor, total }`, `total` counting every item the filter matches
 * (`extra`: fields a list adds, such as the names behind its ids).
 */
export function page<T, E extends Shape = Record<never, never>>(
  item: Schema<T>,
  extra?: E,
): Schema<{ items: T[]; nextCursor: string | null; total: number } & Props<E>> {
  return object({
    items: array(item),
    nextCursor: nullable(string({ pattern: CURSOR_PATTERN.source })),
    total: integer({ minimum: 0, description: 'how many items the filter matches, every page together' }),
    ...(extra ?? ({} as E)),
  }) as never;
}

/** The list `{ items }` of a route that returns everything at once. */
export const list = <T>(item: Schema<T>): Schema<{ items: T[] }> => object({ items: array(item) });

/** Metadata key of `@Returns()`. */
export const RETURNS = 'gongjian:returns';

/** What a route answers on success: a JSON body of `schema`, or other media types. */
export interface SuccessAnswer {
  schema?: Schema<unknown>;
  /** media types other than JSON (the body is not described) */
  contentTypes?: string[];
  description?: string;
}

/** What a route answers on success, for the OpenAPI document: a JSON body of `schema`. */
export const Returns = (schema: Schema<unknown>, description?: string) =>
  SetMetadata(RETURNS, { schema, description } satisfies SuccessAnswer);

/** A route that answers other media types than JSON (CSV, the Prometheus text format). */
export const ReturnsMedia = (contentTypes: string[], description: string) =>
  SetMetadata(RETURNS, { contentTypes, description } satisfies SuccessAnswer);

/** Metadata key of `@Answers()`. */
export const ANSWERS = 'gongjian:answers';

/**
 * Error statuses a route answers beyond those its kind implies (every route 400; a route with a
 * token 401 and 403; a path parameter 404; a write 409 and 422…: libs/runtime/src/openapi): a
 * 404 of a route without a path parameter, a 422 of a read, a 429.
 */
export const Answers = (...statuses: number[]) => SetMetadata(ANSWERS, statuses);
