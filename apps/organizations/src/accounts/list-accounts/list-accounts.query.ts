import { IsIn, IsString, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@gongjian/auth';
import { IsId, Optional, PageQuery } from '@gongjian/http';

export class ListAccountsQuery extends PageQuery {
  /** The organisation whose subtree's accounts to list (default: the caller's). */
  @Optional()
  @IsId()
  orgId?: string;

  @Optional()
  @IsIn(ROLES)
  role?: Role;

  /** Words in the username or the display name. */
  @Optional()
  @IsString()
  @MaxLength(50)
  q?: string;
}
