import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { OptionalId } from '@gongjian/http';
import { QuarterQuery } from '../quarter.query';

export class LeaderboardQuery extends QuarterQuery {
  /** a community, street, grid, building or unit: its members and those who reported to it */
  @OptionalId()
  orgId?: string;

  /** the same, named for what it is (one of orgId, communityId, branchId is required) */
  @OptionalId()
  communityId?: string;

  @OptionalId()
  branchId?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
