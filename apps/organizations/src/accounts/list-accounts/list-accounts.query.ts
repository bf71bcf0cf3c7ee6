import { IsOptional } from 'class-validator';
import { IsId, PageQuery } from '@gongjian/http';

export class ListAccountsQuery extends PageQuery {
  /** The organisation whose subtree's accounts to list (default: the caller's). */
  @IsOptional()
  @IsId()
  orgId?: string;
}
