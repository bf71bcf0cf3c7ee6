import type { Type } from '@nestjs/common';
import * as cv from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

// class-transformer's storage of @Type(() => Nested): where a nested DTO's class is named
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage');

/**
 * The rule of issue 16 item 10: every string a DTO accepts has a length bound, and every array a
 * size bound, so that no field can carry 200,000 characters into the log and out to every
 * reader. A string property (its declared type is `string`, or a string-format validator such as
 * IsString, IsISO8601 or Matches applies to it) is bounded when one of these applies to it:
 * - `MaxLength(n)` or `Length(min, max)` — which `IsId()`, `OptionalId()` and `IsIsoDate()` include;
 * - `IsIn([...])`, `IsEnum(...)`, `Equals(...)`: a fixed set of values;
 * - `IsUUID()`, `IsMongoId()`: a fixed length;
 * - `Matches(re)` where `re` is bounded: anchored (`^…$`, no `m` flag, no top-level `|`) with no
 *   unbounded quantifier (`*`, `+`, `{n,}`) outside escapes and character classes.
 * An array property (declared `[]`, or `IsArray`, or validators with `each: true`) needs
 * `ArrayMaxSize(n)`, and its string elements the same bound with `each: true`. Nested DTOs
 * (`ValidateNested` with `@Type(() => X)`) are held to the rule field by field.
 */
const STRING_FORMATS = new Set([
  cv.IS_STRING,
  cv.IS_ISO8601,
  cv.IS_DATE_STRING,
  cv.MATCHES,
  cv.IS_UUID,
  cv.IS_MONGO_ID,
  cv.IS_EMAIL,
  cv.IS_URL,
  cv.IS_ALPHANUMERIC,
  cv.IS_ALPHA,
  cv.IS_NUMBER_STRING,
  cv.IS_MOBILE_PHONE,
  cv.IS_PHONE_NUMBER,
  cv.IS_HEXADECIMAL,
  cv.IS_HEX_COLOR,
  cv.IS_LOWERCASE,
  cv.IS_UPPERCASE,
]);
const FIXED_SETS = new Set([cv.IS_IN, cv.IS_ENUM, cv.EQUALS, cv.IS_UUID, cv.IS_MONGO_ID]);
const ARRAY_MARKS = new Set([cv.IS_ARRAY, cv.ARRAY_NOT_EMPTY, cv.ARRAY_MIN_SIZE, cv.ARRAY_MAX_SIZE, cv.ARRAY_UNIQUE]);

/** Whether a pattern caps the length of what it matches (see the rule above). */
export function isBoundedPattern(pattern: RegExp | string): boolean {
  const re = typeof pattern === 'string' ? new RegExp(pattern) : pattern;
  const src = re.source;
  if (re.flags.includes('m') || !src.startsWith('^') || !src.endsWith('$') || src.endsWith('\\$')) return false;
  let inClass = false;
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '*' || c === '+' || (c === '|' && depth === 0)) return false;
    else if (c === '{' && /^\{\d*,\}/.test(src.slice(i))) return false;
  }
  return true;
}

const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n);

function bounds(m: ValidationMetadata): boolean {
  const [first, second] = m.constraints ?? [];
  if (m.name === cv.MAX_LENGTH) return finite(first);
  if (m.name === cv.IS_LENGTH) return finite(second);
  if (m.name === cv.MATCHES) return isBoundedPattern(first instanceof RegExp ? first : new RegExp(first, second));
  return FIXED_SETS.has(m.name ?? '');
}

function nestedType(target: Type, property: string): Type | undefined {
  const meta = defaultMetadataStorage.findTypeMetadata(target, property);
  return meta?.typeFunction?.() as Type | undefined;
}

/**
 * The fields of `dto` (nested ones as `parent.child`) that break the rule, each with what it
 * lacks, e.g. `window.from: string without a length bound`. Empty when the DTO keeps the rule.
 */
export function unboundedFields(dto: Type, prefix = '', seen = new Set<Type>()): string[] {
  if (seen.has(dto)) return [];
  seen.add(dto);
  const metadata = cv.getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const m of metadata) byProperty.set(m.propertyName, [...(byProperty.get(m.propertyName) ?? []), m]);
  const out: string[] = [];
  for (const [property, all] of byProperty) {
    const field = `${prefix}${property}`;
    const declared = Reflect.getMetadata('design:type', dto.prototype, property);
    const own = all.filter((m) => !m.each);
    const each = all.filter((m) => m.each);
    const isArray = declared === Array || each.length > 0 || all.some((m) => ARRAY_MARKS.has(m.name ?? ''));
    const isString = declared === String || own.some((m) => STRING_FORMATS.has(m.name ?? ''));
    if (isString && !own.some(bounds)) out.push(`${field}: string without a length bound`);
    if (isArray) {
      if (!own.some((m) => m.name === cv.ARRAY_MAX_SIZE && finite(m.constraints?.[0])))
        out.push(`${field}: array without ArrayMaxSize`);
      if (each.some((m) => STRING_FORMATS.has(m.name ?? '')) && !each.some(bounds))
        out.push(`${field}: string elements without a length bound`);
    }
    if (all.some((m) => m.type === 'nestedValidation')) {
      const nested = nestedType(dto, property);
      if (nested) out.push(...unboundedFields(nested, `${field}.`, seen));
      else out.push(`${field}: ValidateNested without @Type(() => Class)`);
    }
  }
  return out;
}
