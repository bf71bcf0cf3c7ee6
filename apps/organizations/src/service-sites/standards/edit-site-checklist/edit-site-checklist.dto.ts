import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Optional } from '@gongjian/http';
import { SITE_LEVELS, type SiteLevel } from '../../service-site.decider';

export class ChecklistItemDto {
  /** an existing item's id, to keep it (new items get one) */
  @Optional()
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: 'id must be 2–40 lower-case letters, digits or "_"' })
  id?: string;

  /** e.g. 一处固定阵地 */
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  name: string;

  /** what meeting it takes */
  @IsString()
  @MaxLength(300)
  description: string;
}

export class EditSiteChecklistDto {
  @IsIn(Object.keys(SITE_LEVELS))
  level: SiteLevel;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(15)
  @ValidateNested({ each: true })
  @Type(() => ChecklistItemDto)
  items: ChecklistItemDto[];
}
