import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ORG_KIND_CODES, type OrgKind } from '@gongjian/contracts';
import { ID_MAX_LENGTH, PageQuery } from '@gongjian/http';

export class ListOrganizationsQuery extends PageQuery {
  @IsOptional()
  @IsIn(ORG_KIND_CODES)
  kind?: OrgKind;

  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  parentId?: string;
}
