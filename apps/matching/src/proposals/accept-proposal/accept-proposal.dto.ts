import { ProposalSideDto } from '../proposal.dto';

/** `POST /proposals/:id/accept` (the class keeps its name: it names the schema in the OpenAPI document). */
export class AcceptDto extends ProposalSideDto {}
