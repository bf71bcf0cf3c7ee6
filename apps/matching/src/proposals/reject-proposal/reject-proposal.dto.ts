import { IsString, MaxLength } from 'class-validator';
import { ProposalSideDto } from '../proposal.dto';
import { Optional } from '@gongjian/http';

/** `POST /proposals/:id/reject` (the class keeps its name: it names the schema in the OpenAPI document). */
export class RejectDto extends ProposalSideDto {
  @Optional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
