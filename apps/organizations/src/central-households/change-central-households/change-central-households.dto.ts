import { ArrayMaxSize, ArrayUnique, IsArray } from 'class-validator';
import { IsId } from '@gongjian/http';

export class ChangeCentralHouseholdsDto {
  /** every household looked after, after the change */
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsId({ each: true })
  householdIds: string[];
}
