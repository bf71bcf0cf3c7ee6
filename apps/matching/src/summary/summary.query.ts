import { OptionalId } from '@gongjian/http';

export class SummaryQuery {
  @OptionalId() communityId?: string;
  /** A street or district: every community in its subtree. */
  @OptionalId() orgId?: string;
}
