import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsId } from '@gongjian/http';
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

  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string;
}
