import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { apiMessageInChinese } from '@gongjian/contracts';
import { DomainError } from '@gongjian/eventing';
import { flattenValidationErrors } from '@gongjian/http';

/** A row the import does not take, and why, in the words the console shows for the same rule. */
export interface Rejection {
  /** the row's number in the sheet */
  row: number;
  /** the API's field (`quantity.amount`), or the column's key when no field of the API is at fault */
  field: string;
  /** the column's Chinese header, when the field is a column of the sheet */
  column?: string;
  message: string;
}

/** A row's problems, without its number yet. */
export type RowProblem = Omit<Rejection, 'row'>;

/**
 * The DTO of a row, validated by the same class and rules as the API's validation pipe (whitelist,
 * no unknown fields, every error): the instance, or the fields at fault with their messages in
 * Chinese (several messages of one field joined).
 */
export async function validateRow<T extends object>(
  type: new () => T,
  plain: Record<string, unknown>,
): Promise<{ dto: T } | { problems: RowProblem[] }> {
  const dto = plainToInstance(type, plain);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: false });
  if (errors.length === 0) return { dto };
  return {
    problems: flattenValidationErrors(errors).map((e) => {
      const messages = [...new Set(e.messages.map(apiMessageInChinese))];
      // a blank cell fails every rule of its field: "cannot be empty" says it
      return { field: e.field, message: messages.includes('不能为空') ? '不能为空' : messages.join('；') };
    }),
  };
}

/**
 * A refusal of the domain or of a policy (422, 409, 403, 404) as a row's problem: its field when
 * the rule names one, else `fallbackField`; anything else is not the row's fault and is thrown on.
 */
export function problemOf(error: unknown, fallbackField: string): RowProblem {
  if (!(error instanceof DomainError) || error.code === 'concurrency_conflict') throw error;
  const field = typeof error.details?.field === 'string' ? error.details.field : fallbackField;
  return { field, message: apiMessageInChinese(error.message) };
}

/** Runs a check of the domain or a policy: null when it passes, the row's problem when it refuses. */
export async function check(fallbackField: string, run: () => Promise<unknown>): Promise<RowProblem | null> {
  try {
    await run();
    return null;
  } catch (error) {
    return problemOf(error, fallbackField);
  }
}

/**
 * The keys the rows of one file claim (an id, a code, a name within its parent): a second row
 * with the key of an earlier one is rejected, naming that row.
 */
export class RowKeys {
  private readonly seen = new Map<string, number>();

  claim(keys: Array<string | null>, row: number): RowProblem | null {
    for (const key of keys) {
      if (key === null) continue;
      const first = this.seen.get(key);
      if (first !== undefined && first !== row)
        return { field: 'row', message: `与第 ${first} 行重复（同一项只能出现一次）` };
    }
    for (const key of keys) if (key !== null) this.seen.set(key, row);
    return null;
  }
}
