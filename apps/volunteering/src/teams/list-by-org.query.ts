import { OptionalId, PageQuery } from '@gongjian/http';

/** The teams or rotations of an area: `orgId` is the organisation or anything under it. */
export class ListByOrgQuery extends PageQuery {
  @OptionalId() orgId?: string;
}
