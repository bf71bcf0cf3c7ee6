import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class GridRoleEntryDto {
  /** what terms name: lower-case letters, digits and `_` */
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: 'code must be 2–40 lower-case letters, digits or "_"' })
  code: string;

  /** the role's Chinese, e.g. 惠民政策宣传员 */
  @IsString()
  @IsNotEmpty()
  @MaxLength(30)
  name: string;
}

export class SetGridRoleListDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => GridRoleEntryDto)
  roles: GridRoleEntryDto[];
}
