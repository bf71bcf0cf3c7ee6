import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@gongjian/auth';
import { IsId, PageQuery } from '@gongjian/http';

export class ListAccountsQuery extends PageQuery {
  /** The organisation whose subtree's accounts to list (default: the caller's). */
  @IsOptional()
  @IsId()
  orgId?: string;

  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  /** Words in the username or the display name. */
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;
}
