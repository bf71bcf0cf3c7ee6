import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';

export class ListSitesQuery extends PageQuery {
  @OptionalId()
  orgId?: string;

  /** Sites whose latest rating has this many stars. */
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  stars?: number;
}
