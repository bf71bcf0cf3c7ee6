import { IsIn } from 'class-validator';
import { ACTIVITY_STATUS_CODES, type ActivityStatus, CATEGORY_CODES, type Category } from '@gongjian/contracts';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';

export class ListActivitiesQuery extends PageQuery {
  /** the organiser or anything under it: a grid, a community (with its grids), a street, a district */
  @OptionalId() orgId?: string;
  @OptionalId() communityId?: string;
  @Optional() @IsIn(CATEGORY_CODES) category?: Category;
  @Optional() @IsIn(ACTIVITY_STATUS_CODES) status?: ActivityStatus;
}
