import { ArrayMaxSize, ArrayUnique, IsArray } from 'class-validator';
import { IsId } from '@gongjian/http';

export class ChangeCoverageDto {
  /** every grid (of a branch) or building (of a party group) it covers after the change */
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsId({ each: true })
  covers: string[];
}
