import { ArrayMaxSize, ArrayUnique, IsArray } from 'class-validator';
import { IsId } from '@gongjian/http';

export class DesignateCentralHouseholdDto {
  /** a member of a grid's party branch */
  @IsId()
  memberId: string;

  /** 1–30 registered households of the grids of the member's branch */
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsId({ each: true })
  householdIds: string[];
}
