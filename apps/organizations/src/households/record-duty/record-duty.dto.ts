import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { HOUSEHOLD_DUTY_CODES, type HouseholdDuty } from '@gongjian/contracts';
import { IsIsoDay, Optional } from '@gongjian/http';
import { MONTH_PATTERN } from '../assign-rota/assign-rota.dto';

export class RecordDutyDto {
  /** the rota month (left out: the month of `on`) */
  @Optional()
  @Matches(MONTH_PATTERN, { message: 'month must look like 2027-03' })
  month?: string;

  /** which of the 五联 it served: environment (环境联治), safety, hardship, prosperity, civility */
  @IsIn(HOUSEHOLD_DUTY_CODES)
  duty: HouseholdDuty;

  /** what the household on duty did */
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  description: string;

  /** the day it was done, within the month */
  @IsIsoDay()
  on: string;
}
