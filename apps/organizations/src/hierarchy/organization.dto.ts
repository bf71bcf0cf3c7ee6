import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ORG_KINDS, type OrgKind } from '@gongjian/contracts';
import { PageQuery } from '@gongjian/http';

export class RegisterOrganizationDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @IsIn(ORG_KINDS)
  kind: OrgKind;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  parentId?: string;
}

export class RenameOrganizationDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;
}

export class MoveOrganizationDto {
  @IsString()
  @IsNotEmpty()
  parentId: string;
}

export class ListOrganizationsQuery extends PageQuery {
  @IsOptional()
  @IsIn(ORG_KINDS)
  kind?: OrgKind;

  @IsOptional()
  @IsString()
  parentId?: string;
}
