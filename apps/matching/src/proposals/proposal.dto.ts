import { IsIn, IsOptional } from 'class-validator';
import type { Side } from './proposal.policy';

/** The side of the proposal the caller answers for (accepting and rejecting alike). */
export class ProposalSideDto {
  /** left out: the only side the caller may act for */
  @IsOptional()
  @IsIn(['community', 'unit'])
  side?: Side;
}
