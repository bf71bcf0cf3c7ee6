import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PARTY_ORG_KIND_CODES, type PartyOrgKind } from '@gongjian/contracts';
import { IsId, OptionalCode } from '@gongjian/http';

export class FormPartyOrganizationDto {
  /** `branch` (党支部, e.g. 网格党支部) or `party_group` (党小组) */
  @IsIn(PARTY_ORG_KIND_CODES)
  kind: PartyOrgKind;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  /** a branch's community; a party group's branch */
  @IsId()
  parentId: string;

  /**
   * A branch: the grids of its community it covers (one: 单独建, several: 联合建); a party group:
   * buildings of its branch's grids (none for a functional group).
   */
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsId({ each: true })
  covers: string[];

  /** 编码 — the office's own code, unique among organisations */
  @OptionalCode()
  code?: string;
}
