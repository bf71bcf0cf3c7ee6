import { IsId, PageQuery } from '@gongjian/http';

export class ListCommunityReportsQuery extends PageQuery {
  /** the receiving community (or an organisation above communities: every community under it) */
  @IsId()
  communityId: string;
}
