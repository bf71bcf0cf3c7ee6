import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { OptionalId, PageQuery } from '@gongjian/http';

export class ListSitesQuery extends PageQuery {
  @OptionalId()
  orgId?: string;

  /** Sites whose latest rating has this many stars. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  stars?: number;
}
