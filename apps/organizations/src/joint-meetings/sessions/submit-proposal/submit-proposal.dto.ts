import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Optional, OptionalId } from '@gongjian/http';

export class SubmitProposalDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @Optional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  /** an admin recording a proposal on someone's behalf names its kind and who proposed it */
  @Optional()
  @IsIn(['party_member_proposal', 'unit_proposal'])
  kind?: 'party_member_proposal' | 'unit_proposal';

  @OptionalId()
  proposedBy?: string;
}
