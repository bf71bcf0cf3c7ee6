import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ORG_KIND_CODES, type OrgKind } from '@gongjian/contracts';
import { OptionalId } from '@gongjian/http';

export class RegisterOrganizationDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @IsIn(ORG_KIND_CODES)
  kind: OrgKind;

  @OptionalId()
  parentId?: string;
}
