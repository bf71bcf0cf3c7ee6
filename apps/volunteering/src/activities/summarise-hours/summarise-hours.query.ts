import { OptionalId } from '@gongjian/http';

/** The area of the summary: an organisation's subtree and/or one community. */
export class AreaQuery {
  @OptionalId() orgId?: string;
  @OptionalId() communityId?: string;
}
