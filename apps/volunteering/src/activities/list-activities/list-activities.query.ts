import { IsIn, IsOptional } from 'class-validator';
import { CATEGORY_CODES, type Category } from '@gongjian/contracts';
import { OptionalId, PageQuery } from '@gongjian/http';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../activity.resource';

export class ListActivitiesQuery extends PageQuery {
  /** the organiser or anything under it: a grid, a community (with its grids), a street, a district */
  @OptionalId() orgId?: string;
  @OptionalId() communityId?: string;
  @IsOptional() @IsIn(CATEGORY_CODES) category?: Category;
  @IsOptional() @IsIn(ACTIVITY_STATUSES) status?: ActivityStatus;
}
