import type { Type } from '@nestjs/common';
import { getMetadataStorage, IS_NUMBER } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import {
  fieldRules,
  IS_ISO_DATE,
  IS_ISO_DAY,
  ISO_DATE_PATTERN,
  ISO_DAY_PATTERN,
  type JsonSchema,
  NOT_WITH,
  SCHEMA_REF,
} from '@gongjian/http';

// class-transformer's storage of @Type(() => Nested), so nested DTOs become $refs (the
// class-validator-jsonschema README's recipe; the package exports it under this path only)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage');

/** A date or date-time as IsIsoDate takes it: JSON Schema's formats, narrowed by the pattern the pipe checks. */
const ISO_DATE_SCHEMA: JsonSchema = {
  type: 'string',
  // each branch typed too, so that generators read a string (openapi-typescript: `string`, not `unknown`)
  anyOf: [
    { type: 'string', format: 'date' },
    { type: 'string', format: 'date-time' },
  ],
  pattern: ISO_DATE_PATTERN.source,
  description: 'a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00)',
};

/** `IsNumber({ maxDecimalPlaces: 2 })` → `multipleOf: 0.01`. */
function numberSchema(meta: ValidationMetadata): JsonSchema {
  const places = (meta.constraints?.[0] as { maxDecimalPlaces?: number } | undefined)?.maxDecimalPlaces;
  return places === undefined ? { type: 'number' } : { type: 'number', multipleOf: Number(`1e-${places}`) };
}

/**
 * Tidies one schema the way the validation pipe reads it: objects take no field they do not
 * declare (`forbidNonWhitelisted`), a property that refers to a nested DTO is only that reference
 * (class-validator-jsonschema adds `type: object` and IsNotEmpty's `minLength` beside it).
 */
function tidy(schema: JsonSchema): JsonSchema {
  if (typeof schema.$ref === 'string') return { $ref: schema.$ref };
  const out: JsonSchema = { ...schema };
  if (out.type === 'object' && out.properties) {
    out.properties = Object.fromEntries(
      Object.entries(out.properties as Record<string, JsonSchema>).map(([key, value]) => [key, tidy(value)]),
    );
    out.additionalProperties = false;
  }
  if (out.type === 'array' && out.items) out.items = tidy(out.items as JsonSchema);
  if (out.type === 'string' && typeof out.pattern === 'string' && out.maxLength === undefined && out.minLength === 1)
    delete out.minLength; // the pattern says it (ids: {1,100})
  return out;
}

/**
 * Every DTO's JSON Schema, by class name, from the class-validator metadata the validation pipe
 * enforces (class-validator-jsonschema, with converters for this project's own validators).
 */
export function dtoSchemas(): Record<string, JsonSchema> {
  assertDistinctNames();
  const schemas = validationMetadatasToSchemas({
    refPointerPrefix: SCHEMA_REF,
    classTransformerMetadataStorage: defaultMetadataStorage,
    additionalConverters: {
      [IS_ISO_DATE]: ISO_DATE_SCHEMA,
      [IS_ISO_DAY]: { type: 'string', format: 'date', pattern: ISO_DAY_PATTERN.source },
      [NOT_WITH]: {},
      [IS_NUMBER]: numberSchema,
    },
  }) as Record<string, JsonSchema>;
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, tidy(schema)]));
}

/**
 * Schemas are named by class: two DTO classes of one name (a `ListProposalsQuery` in two services)
 * would share one schema, and the document would describe one route by the other's fields. Refused
 * when the document is built, so a test of the document fails, not a client.
 */
function assertDistinctNames(): void {
  const targets = (getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, unknown> })
    .validationMetadatas;
  const byName = new Map<string, unknown>();
  for (const target of targets.keys()) {
    if (typeof target !== 'function' || !target.name) continue;
    const other = byName.get(target.name);
    if (other && other !== target)
      throw new Error(`two DTO classes are named ${target.name}: the OpenAPI document names schemas by class`);
    byName.set(target.name, target);
  }
}

/**
 * The rules between fields of a DTO, as JSON Schema on the object: `NotWith` as `not` both,
 * `RequiredUnless` as `anyOf` required. Empty when the DTO has none.
 */
export function crossFieldRules(dto: Type): JsonSchema {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  const not = metadata
    .filter((m) => m.name === NOT_WITH)
    .map((m) => ({ required: [m.propertyName, String(m.constraints[0])] }));
  const anyOf = fieldRules(dto).map((rule) => rule.anyOf.map((field) => ({ required: [field] })));
  const all: JsonSchema[] = [...not.map((n) => ({ not: n })), ...anyOf.map((branches) => ({ anyOf: branches }))];
  if (all.length === 0) return {};
  const described = [
    ...not.map((n) => `${n.required[0]} and ${n.required[1]} are not given together`),
    ...fieldRules(dto).map((rule) => `one of ${rule.anyOf.join(', ')} is required`),
  ];
  return { ...(all.length === 1 ? all[0] : { allOf: all }), description: `${described.join('; ')}.` };
}

/** Whether a DTO has rules between its fields. */
export const hasCrossFieldRules = (dto: Type | undefined) => Boolean(dto && Object.keys(crossFieldRules(dto)).length);
