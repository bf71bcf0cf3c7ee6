import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ORG_KIND_CODES, type OrgKind } from '@gongjian/contracts';
import { OptionalCode, OptionalId } from '@gongjian/http';

export class RegisterOrganizationDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @IsIn(ORG_KIND_CODES)
  kind: OrgKind;

  @OptionalId()
  parentId?: string;

  /** 编码 — the office's own code, unique among organisations */
  @OptionalCode()
  code?: string;
}
