import { IsOptional } from 'class-validator';
import { IsIsoDate } from '@gongjian/http';

export class LeaveDto {
  /** The day the unit left (default: today). */
  @IsOptional()
  @IsIsoDate()
  leftOn?: string;
}
