import { IsIn, IsString, MaxLength } from 'class-validator';
import { MEMBER_STATUS_CODES, type MemberStatus } from '@gongjian/contracts';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';

export class ListMembersQuery extends PageQuery {
  /** members whose branch is this one, or lies under this organisation (a grid, community…) */
  @OptionalId()
  orgId?: string;

  /** members whose branch lies in this community, and those who reported to it (= orgId) */
  @OptionalId()
  communityId?: string;

  @OptionalId()
  branchId?: string;

  /** in-service members who reported to this community (双报到) */
  @OptionalId()
  reportedTo?: string;

  @OptionalId()
  employerUnitId?: string;

  /** members with a pending transfer into a branch under this organisation (the destination side) */
  @OptionalId()
  transferTo?: string;

  @Optional()
  @IsIn(MEMBER_STATUS_CODES)
  status?: MemberStatus;

  /** Words in the name. */
  @Optional()
  @IsString()
  @MaxLength(50)
  q?: string;
}
