import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

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
