import { applyDecorators, type ArgumentMetadata, Param, type PipeTransform, type Type } from '@nestjs/common';
import { IsNotEmpty, IsString, Matches, MaxLength, ValidateBy, ValidateIf } from 'class-validator';
import { badRequest } from './validation';

/**
 * The rules of ids, dates and cross-field constraints, each stated once: the validation pipe
 * enforces them and the OpenAPI document (libs/runtime/src/openapi) states them from the same
 * constants and metadata, so neither can say more than the other.
 */

/**
 * The longest id a request may name (UUIDs have 36 characters, usernames 40): every id field of a
 * DTO is `@IsId()` or `@OptionalId()`, so that a 100 kB "id" is a 400, not a lookup and a 404.
 */
export const ID_MAX_LENGTH = 100;

/**
 * What an id may hold: the UUIDv7s of resources (hex digits and `-`), usernames (`a-z0-9._-`,
 * accounts are named by them) and correlation ids (X-Correlation-Id): an ASCII letter or digit,
 * then letters, digits, `_`, `.`, `:` and `-`, ID_MAX_LENGTH characters at most. Never `.` or
 * `..`, which a URL would resolve as a path step. Spelled out rather than `\w`, which other regex
 * engines (the document's readers) take as any Unicode letter.
 */
export const ID_PATTERN = new RegExp(`^[A-Za-z0-9][A-Za-z0-9_.:-]{0,${ID_MAX_LENGTH - 1}}$`);

const idMessage = (field: string) =>
  `${field} must be an id: a letter or digit, then letters, digits, '_', '.', ':' or '-'`;

/**
 * An id a DTO requires: a non-empty string of at most ID_MAX_LENGTH characters of ID_PATTERN.
 * `IsId({ each: true })` for a list of ids (each element so).
 */
export const IsId = (options?: { each: true }) =>
  applyDecorators(
    IsString(options),
    IsNotEmpty(options),
    MaxLength(ID_MAX_LENGTH, options),
    Matches(ID_PATTERN, { ...options, message: ({ property }) => idMessage(property) }),
  );

/**
 * A field a request may leave out. Unlike class-validator's `IsOptional`, a `null` is not left out:
 * it is validated as any value is, and refused by the field's type, as the document says (a field
 * is its type or absent, never null).
 */
export const Optional = () => ValidateIf((_o, value) => value !== undefined);

/** An id a DTO may leave out; when given, as `IsId`. */
export const OptionalId = () => applyDecorators(Optional(), IsId());

/** The longest code an office gives an item (编码: a 统一社会信用代码 has 18 characters). */
export const CODE_MAX_LENGTH = 50;

/**
 * 编码 — an office's own code of an item (an organisation, a unit, a member, a need, an offer):
 * letters, digits, `.`, `_`, `-`, at most CODE_MAX_LENGTH. What a spreadsheet's rows are keyed
 * by, so that importing a sheet again finds the items it made (docs/DECISIONS.md).
 */
export const OptionalCode = () =>
  applyDecorators(
    Optional(),
    IsString(),
    MaxLength(CODE_MAX_LENGTH),
    Matches(/^[0-9A-Za-z][0-9A-Za-z._-]*$/, { message: 'code must be letters, digits, ".", "_" or "-"' }),
  );

/** The id of a path parameter, held to `IsId`'s rule; a 400 naming the parameter otherwise. */
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    const field = metadata.data ?? 'id';
    if (typeof value !== 'string' || value.length === 0) throw invalidField(field, `${field} should not be empty`);
    if (value.length > ID_MAX_LENGTH)
      throw invalidField(field, `${field} must be shorter than or equal to ${ID_MAX_LENGTH} characters`);
    if (!ID_PATTERN.test(value)) throw invalidField(field, idMessage(field));
    return value;
  }
}

/** `@IdParam()`: the route's `:id` (or `@IdParam('memberId')`…), validated as a DTO's `@IsId()` is. */
export const IdParam = (name = 'id') => Param(name, ParseIdPipe);

/**
 * The longest ISO 8601 date or date-time a request may give: `2026-12-02T10:20:30.123456789+08:00`
 * has 35 characters (issue 16 item 10: a 200,000-character "date" was valid).
 */
export const ISO_DATE_MAX_LENGTH = 35;

/**
 * A date (`2026-12-02`) or an RFC 3339 date-time (`2026-12-02T10:20:30Z`,
 * `2026-12-02T10:20:30.123+08:00`): what JSON Schema calls `date` and `date-time`, without leap
 * seconds (JavaScript's Date has none). Other ISO 8601 forms (week dates, ordinal days, times
 * without seconds or zone) are refused: the code that reads them parses with Date, which does not
 * understand them all alike.
 */
const DAY = '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';
const TIME = '[Tt]([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,9})?([Zz]|[+-]([01]\\d|2[0-3]):[0-5]\\d)';
export const ISO_DATE_PATTERN = new RegExp(`^${DAY}(${TIME})?$`);

/** A calendar day alone (IsIsoDay). */
export const ISO_DAY_PATTERN = new RegExp(`^${DAY}$`);

/** Whether `value` is an ISO_DATE_PATTERN date whose day exists in its month (no 2026-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > ISO_DATE_MAX_LENGTH || !ISO_DATE_PATTERN.test(value)) return false;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The name of IsIsoDate's validator in the class-validator metadata. */
export const IS_ISO_DATE = 'isIsoDate';

/** A date or date-time (ISO_DATE_PATTERN, a real calendar day) of at most ISO_DATE_MAX_LENGTH characters. */
export const IsIsoDate = () =>
  applyDecorators(
    ValidateBy({
      name: IS_ISO_DATE,
      validator: {
        // too long is MaxLength's to say: one message for one fault
        validate: (value) => (typeof value === 'string' && value.length > ISO_DATE_MAX_LENGTH) || isIsoDate(value),
        defaultMessage: (args) =>
          `${args?.property} must be a date (2026-12-02) or a date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00)`,
      },
    }),
    MaxLength(ISO_DATE_MAX_LENGTH),
  );

/** The name of IsIsoDay's validator in the class-validator metadata. */
export const IS_ISO_DAY = 'isIsoDay';

/** A calendar day, `2026-12-02` (a date without a time: a birthday, the day one joined the party). */
export const IsIsoDay = () =>
  applyDecorators(
    ValidateBy({
      name: IS_ISO_DAY,
      validator: {
        validate: (value) => typeof value === 'string' && ISO_DAY_PATTERN.test(value) && isIsoDate(value),
        defaultMessage: (args) => `${args?.property} must be a date (YYYY-MM-DD)`,
      },
    }),
    MaxLength(10),
  );

/**
 * Cursors are the base64url of a position in the list (what `nextCursor` returns): letters,
 * digits, `-` and `_`. Any value of this form is a position, so any is accepted.
 */
export const CURSOR_PATTERN = /^[A-Za-z0-9_-]{1,200}$/;

/** The name of NotWith's validator in the class-validator metadata. */
export const NOT_WITH = 'notWith';

/** A field that must be left out when `other` is given: `?at=` or `?position=`, not both. */
export const NotWith = (other: string) =>
  ValidateBy({
    name: NOT_WITH,
    constraints: [other],
    validator: {
      validate: (_value, args) => (args?.object as Record<string, unknown>)[other] === undefined,
      defaultMessage: (args) => `give ${args?.property} or ${other}, not both`,
    },
  });

/** A rule between fields of a DTO that no one field's validators state. */
export interface FieldRule {
  /** at least one of these fields must be given */
  anyOf: string[];
}

const FIELD_RULES = new Map<object, FieldRule[]>();

/**
 * The field is required unless one of `others` is given; then it is optional (validated when
 * given). `@RequiredUnless('position') at` with `@NotWith('at') position`: exactly one of them.
 */
export const RequiredUnless =
  (...others: string[]): PropertyDecorator =>
  (target, property) => {
    const rules = FIELD_RULES.get(target.constructor) ?? [];
    FIELD_RULES.set(target.constructor, [...rules, { anyOf: [String(property), ...others] }]);
    ValidateIf((o: Record<string, unknown>, value) => value !== undefined || others.every((f) => o[f] === undefined))(
      target,
      property,
    );
  };

/** The FieldRules of a DTO class, its ancestors' included. */
export function fieldRules(dto: Type): FieldRule[] {
  const out: FieldRule[] = [];
  for (let c: object | null = dto; c && c !== Object; c = Object.getPrototypeOf(c)) {
    out.push(...(FIELD_RULES.get(c) ?? []));
  }
  return out;
}

/**
 * The 400 of a rule the DTO cannot state (a choice only the handler can check): the same shape as
 * the validation pipe's, naming the field.
 */
export function invalidField(field: string, message: string) {
  return badRequest(`validation failed: ${field}`, [{ field, messages: [message] }]);
}

/**
 * A stream id: an id with its service and kind before it (`matching.need-<id>`), so of the same
 * characters, up to 200 of them.
 */
export const STREAM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;

/** A path parameter held to a pattern other than an id's: a 400 naming it otherwise. */
export class PatternParamPipe implements PipeTransform<unknown, string> {
  constructor(
    readonly pattern: RegExp,
    readonly message: string,
  ) {}

  transform(value: unknown, metadata: ArgumentMetadata): string {
    const field = metadata.data ?? 'id';
    if (typeof value !== 'string' || !this.pattern.test(value)) throw invalidField(field, this.message);
    return value;
  }
}

/** `@PatternParam('quarter', /^\d{4}Q[1-4]$/, 'quarter must look like 2027Q1')`. */
export const PatternParam = (name: string, pattern: RegExp, message: string) =>
  Param(name, new PatternParamPipe(pattern, message));

/** `@StreamIdParam()`: a path's `:streamId`. */
export const StreamIdParam = (name = 'streamId') =>
  PatternParam(name, STREAM_ID_PATTERN, `${name} must be a stream id: letters, digits, '_', '.', ':' or '-'`);
