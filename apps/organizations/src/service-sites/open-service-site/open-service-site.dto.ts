import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsString,
  MaxLength,
} from 'class-validator';
import { IsId, Optional, OptionalId } from '@gongjian/http';
import { SITE_LEVELS, type SiteLevel } from '../service-site.decider';

/** A site of an organisation (`orgId`) or of one or more resident units (`unitIds`, 多企联建): one of the two. */
export class OpenSiteDto {
  @OptionalId()
  orgId?: string;

  /** 企业“点为主、多企联建”: the units running the site together */
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsId({ each: true })
  unitIds?: string[];

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @IsIn(Object.keys(SITE_LEVELS))
  level: SiteLevel;

  @Optional()
  @IsString()
  @MaxLength(200)
  address?: string;
}
