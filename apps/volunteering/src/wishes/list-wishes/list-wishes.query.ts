import { IsIn } from 'class-validator';
import { WISH_STATUS_CODES, type WishStatus } from '@gongjian/contracts';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';

export class ListWishesQuery extends PageQuery {
  @OptionalId() communityId?: string;
  /** the communities of this organisation's whole subtree (a street's, a district's) */
  @OptionalId() orgId?: string;
  @Optional() @IsIn(WISH_STATUS_CODES) status?: WishStatus;
}
