import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { IsId, Optional, OptionalId, RequiredUnless } from '@gongjian/http';
import { QuarterQuery } from '../quarter.query';

export class LeaderboardQuery extends QuarterQuery {
  /**
   * a community, street, grid, building or unit: its members and those who reported to it (one of
   * orgId, communityId and branchId is required; the first given of them, in that order, counts)
   */
  @RequiredUnless('communityId', 'branchId')
  @IsId()
  orgId?: string;

  /** the same, named for what it is */
  @OptionalId()
  communityId?: string;

  @OptionalId()
  branchId?: string;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
