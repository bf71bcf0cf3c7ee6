import { IsId, IsIsoDate, Optional } from '@gongjian/http';

export class JoinDto {
  @IsId()
  unitId: string;

  /** The day the unit joins (default: the day the membership is made). */
  @Optional()
  @IsIsoDate()
  joinedOn?: string;
}
