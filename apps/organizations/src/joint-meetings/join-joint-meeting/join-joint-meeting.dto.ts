import { IsOptional } from 'class-validator';
import { IsId, IsIsoDate } from '@gongjian/http';

export class JoinDto {
  @IsId()
  unitId: string;

  /** The day the unit joins (default: the day the membership is made). */
  @IsOptional()
  @IsIsoDate()
  joinedOn?: string;
}
