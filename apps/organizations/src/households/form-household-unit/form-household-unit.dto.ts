import { ArrayMaxSize, ArrayUnique, IsArray, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsId } from '@gongjian/http';

export class FormHouseholdUnitDto {
  /** e.g. 3号楼1单元联建单元 */
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  /** the building, or the grid, whose households it groups */
  @IsId()
  areaId: string;

  /** 10–20 registered households of the area, each in no other unit */
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsId({ each: true })
  householdIds: string[];
}
