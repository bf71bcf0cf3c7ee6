import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PROPOSAL_STATUS_CODES, type ProposalStatus } from '@gongjian/contracts';
import { ID_MAX_LENGTH, PageQuery } from '@gongjian/http';

export class ListProposalsQuery extends PageQuery {
  @IsOptional()
  @IsIn(PROPOSAL_STATUS_CODES)
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
