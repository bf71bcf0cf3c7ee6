import { IsIn } from 'class-validator';
import { ORG_KIND_CODES, type OrgKind } from '@gongjian/contracts';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';

export class ListOrganizationsQuery extends PageQuery {
  @Optional()
  @IsIn(ORG_KIND_CODES)
  kind?: OrgKind;

  @OptionalId()
  parentId?: string;
}
