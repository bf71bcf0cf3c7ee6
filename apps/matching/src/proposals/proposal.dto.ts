import { IsIn } from 'class-validator';
import type { Side } from './proposal.policy';
import { Optional } from '@gongjian/http';

/** The side of the proposal the caller answers for (accepting and rejecting alike). */
export class ProposalSideDto {
  /** left out: the only side the caller may act for */
  @Optional()
  @IsIn(['community', 'unit'])
  side?: Side;
}
