import { IsIn, IsString, MaxLength } from 'class-validator';
import { ORG_KIND_CODES, ORG_STATUS_CODES, type OrgKind, type OrgStatus } from '@gongjian/contracts';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';

export class ListOrganizationsQuery extends PageQuery {
  @Optional()
  @IsIn(ORG_KIND_CODES)
  kind?: OrgKind;

  @OptionalId()
  parentId?: string;

  /** Organisations in this one's subtree (itself included). */
  @OptionalId()
  within?: string;

  @Optional()
  @IsIn(ORG_STATUS_CODES)
  status?: OrgStatus;

  /** Words in the name. */
  @Optional()
  @IsString()
  @MaxLength(50)
  q?: string;
}
