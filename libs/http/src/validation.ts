import {
  applyDecorators,
  type ArgumentMetadata,
  BadRequestException,
  Param,
  type PipeTransform,
  ValidationPipe,
  type ValidationError,
} from '@nestjs/common';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateBy } from 'class-validator';

/**
 * The longest id a request may name (UUIDs have 36 characters, usernames 40): every id field of a
 * DTO is `@IsId()` or `@OptionalId()`, so that a 100 kB "id" is a 400, not a lookup and a 404.
 */
export const ID_MAX_LENGTH = 100;

/**
 * An id a DTO requires: a non-empty string of at most ID_MAX_LENGTH characters. `IsId({ each: true })`
 * for a list of ids (each element so).
 */
export const IsId = (options?: { each: true }) =>
  applyDecorators(IsString(options), IsNotEmpty(options), MaxLength(ID_MAX_LENGTH, options));

/** An id a DTO may leave out; when given, as `IsId`. */
export const OptionalId = () => applyDecorators(IsOptional(), IsId());

/** The longest code an office gives an item (编码: a 统一社会信用代码 has 18 characters). */
export const CODE_MAX_LENGTH = 50;

/**
 * 编码 — an office's own code of an item (an organisation, a unit, a member, a need, an offer):
 * letters, digits, `.`, `_`, `-`, at most CODE_MAX_LENGTH. What a spreadsheet's rows are keyed
 * by, so that importing a sheet again finds the items it made (docs/DECISIONS.md).
 */
export const OptionalCode = () =>
  applyDecorators(
    IsOptional(),
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
    return value;
  }
}

/** `@IdParam()`: the route's `:id` (or `@IdParam('memberId')`…), validated as a DTO's `@IsId()` is. */
export const IdParam = (name = 'id') => Param(name, ParseIdPipe);

/**
 * The longest ISO 8601 date or date-time a request may give: `2026-12-02T10:20:30.123456789+08:00`
 * has 35 characters. IsISO8601 alone takes any number of fractional-second digits, so a
 * 200,000-character "date" was valid (issue 16 item 10).
 */
export const ISO_DATE_MAX_LENGTH = 35;

/** An ISO 8601 date or date-time (strict: a real calendar day) of at most ISO_DATE_MAX_LENGTH characters. */
export const IsIsoDate = () => applyDecorators(IsISO8601({ strict: true }), MaxLength(ISO_DATE_MAX_LENGTH));

/** A field that must be left out when `other` is given: `?at=` or `?position=`, not both. */
export const NotWith = (other: string) =>
  ValidateBy({
    name: 'notWith',
    constraints: [other],
    validator: {
      validate: (_value, args) => (args?.object as Record<string, unknown>)[other] === undefined,
      defaultMessage: (args) => `give ${args?.property} or ${other}, not both`,
    },
  });

export interface FieldError {
  field: string;
  messages: string[];
}

/** Flattens class-validator's nested errors to `[{ field: 'quantity.amount', messages }]`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) out.push({ field, messages: Object.values(error.constraints) });
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/** The fields at fault a 400 names, at most. */
export const MAX_FIELD_ERRORS = 50;

/**
 * Whitelist, forbid unknown fields, transform to DTO classes; a failure is a 400 whose `details`
 * name the fields at fault (the first MAX_FIELD_ERRORS of them).
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const all = flattenValidationErrors(errors);
      // a body of many bad items must not get an answer many times its size
      const details = all.slice(0, MAX_FIELD_ERRORS);
      const more = all.length > details.length ? ` and ${all.length - details.length} more` : '';
      return badRequest(`validation failed: ${details.map((d) => d.field).join(', ')}${more}`, details);
    },
  });
}

/**
 * The one 400 of malformed input — the validation pipe's, `invalidField`'s, a path id's, a bad
 * cursor's, a hostile body's: `bad_request` with the fields at fault. An HTTP exception rather than
 * a typed domain error on purpose: the request is refused at the edge, before any domain rule.
 */
export function badRequest(message: string, details: FieldError[]): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'bad_request', message, details });
}

/**
 * The 400 of a rule the DTO cannot state (one field of several is required, a choice the account
 * must make): the same shape as the validation pipe's, naming the field.
 */
export function invalidField(field: string, message: string): BadRequestException {
  return badRequest(`validation failed: ${field}`, [{ field, messages: [message] }]);
}
