import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ID_MAX_LENGTH, PageQuery } from '@gongjian/http';
import type { ProposalStatus } from '../proposal.decider';

export class ListProposalsQuery extends PageQuery {
  @IsOptional()
  @IsIn(['pending', 'accepted', 'rejected', 'superseded', 'closed'])
  status?: ProposalStatus;

  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  needId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  communityId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  unitId?: string;

  /** A street or district: proposals for the needs of every community in its subtree. */
  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  orgId?: string;
}
