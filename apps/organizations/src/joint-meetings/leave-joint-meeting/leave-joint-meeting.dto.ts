import { IsIsoDate, Optional } from '@gongjian/http';

export class LeaveDto {
  /** The day the unit left (default: today). */
  @Optional()
  @IsIsoDate()
  leftOn?: string;
}
