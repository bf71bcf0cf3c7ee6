import { IsIn, IsString, MaxLength } from 'class-validator';
import { ORG_STATUS_CODES, type OrgStatus, PARTY_ORG_KIND_CODES, type PartyOrgKind } from '@gongjian/contracts';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';

export class ListPartyOrganizationsQuery extends PageQuery {
  @Optional()
  @IsIn(PARTY_ORG_KIND_CODES)
  kind?: PartyOrgKind;

  /** a community's branches, a branch's party groups */
  @OptionalId()
  parentId?: string;

  /** party organisations under this organisation (a street's, a community's, a branch's groups) */
  @OptionalId()
  within?: string;

  /** the party organisations covering this grid or building */
  @OptionalId()
  covers?: string;

  /** the party group a member sits in */
  @OptionalId()
  memberId?: string;

  @Optional()
  @IsIn(ORG_STATUS_CODES)
  status?: OrgStatus;

  /** Words in the name. */
  @Optional()
  @IsString()
  @MaxLength(50)
  q?: string;
}
