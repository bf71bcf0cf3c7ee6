import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsId, Optional } from '@gongjian/http';
import { SITE_LEVELS, type SiteLevel } from '../service-site.decider';

export class OpenSiteDto {
  @IsId()
  orgId: string;

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
