import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ORG_KINDS, type OrgKind } from '@gongjian/contracts';
import { ID_MAX_LENGTH, PageQuery, IsId, OptionalId } from '@gongjian/http';

export class RegisterOrganizationDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @IsIn(ORG_KINDS)
  kind: OrgKind;

  @OptionalId()
  parentId?: string;
}

export class RenameOrganizationDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;
}

export class MoveOrganizationDto {
  @IsId()
  parentId: string;
}

export class ListOrganizationsQuery extends PageQuery {
  @IsOptional()
  @IsIn(ORG_KINDS)
  kind?: OrgKind;

  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  parentId?: string;
}
