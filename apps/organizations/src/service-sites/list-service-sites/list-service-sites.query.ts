import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';
import { SITE_LEVELS, type SiteLevel } from '../service-site.decider';

export class ListSitesQuery extends PageQuery {
  @OptionalId()
  orgId?: string;

  /** Sites this unit runs (alone or with others: 多企联建). */
  @OptionalId()
  unitId?: string;

  /** Sites of this organisation or any below it. */
  @OptionalId()
  within?: string;

  @Optional()
  @IsIn(Object.keys(SITE_LEVELS))
  level?: SiteLevel;

  /** Words in the name or address. */
  @Optional()
  @IsString()
  @MaxLength(50)
  q?: string;

  /** Sites whose latest rating has this many stars. */
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  stars?: number;
}
