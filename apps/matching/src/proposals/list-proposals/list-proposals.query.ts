import { IsIn } from 'class-validator';
import { PROPOSAL_STATUS_CODES, type ProposalStatus } from '@gongjian/contracts';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';

export class ListProposalsQuery extends PageQuery {
  @Optional()
  @IsIn(PROPOSAL_STATUS_CODES)
  status?: ProposalStatus;

  @OptionalId()
  needId?: string;

  @OptionalId()
  communityId?: string;

  @OptionalId()
  unitId?: string;

  /** A street or district: proposals for the needs of every community in its subtree. */
  @OptionalId()
  orgId?: string;
}
