import { Matches } from 'class-validator';
import { Optional } from '@gongjian/http';

/** A calendar month, `2027-03`. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export class AssignRotaDto {
  /** the month whose 轮值户 to choose (left out: the month after the last one chosen, or this month) */
  @Optional()
  @Matches(MONTH_PATTERN, { message: 'month must look like 2027-03' })
  month?: string;
}
