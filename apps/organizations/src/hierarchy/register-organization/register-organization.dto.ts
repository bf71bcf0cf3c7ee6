import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ORG_KINDS, type OrgKind } from '@gongjian/contracts';
import { OptionalId } from '@gongjian/http';

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
