import { IsIn, IsOptional } from 'class-validator';
import { ORG_KIND_CODES, type OrgKind } from '@gongjian/contracts';
import { OptionalId, PageQuery } from '@gongjian/http';

export class ListOrganizationsQuery extends PageQuery {
  @IsOptional()
  @IsIn(ORG_KIND_CODES)
  kind?: OrgKind;

  @OptionalId()
  parentId?: string;
}
