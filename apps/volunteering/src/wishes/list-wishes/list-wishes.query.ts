import { IsIn, IsOptional } from 'class-validator';
import { OptionalId, PageQuery } from '@gongjian/http';
import type { WishStatus } from '../wish.decider';

const WISH_STATUSES: WishStatus[] = ['open', 'claimed', 'done', 'fulfilled'];

export class ListWishesQuery extends PageQuery {
  @OptionalId() communityId?: string;
  /** the communities of this organisation's whole subtree (a street's, a district's) */
  @OptionalId() orgId?: string;
  @IsOptional() @IsIn(WISH_STATUSES) status?: WishStatus;
}
