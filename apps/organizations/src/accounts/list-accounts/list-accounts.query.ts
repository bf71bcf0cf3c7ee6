import { IsId, Optional, PageQuery } from '@gongjian/http';

export class ListAccountsQuery extends PageQuery {
  /** The organisation whose subtree's accounts to list (default: the caller's). */
  @Optional()
  @IsId()
  orgId?: string;
}
