import { IsIn, IsString, MaxLength } from 'class-validator';
import { UNIT_SECTOR_CODES, type UnitSector } from '@gongjian/contracts';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';

/** 驻区单位 are every sector but 社会组织; 社会组织 are the `social_organization` sector. */
export const UNIT_GROUPS = ['resident_units', 'social_organizations'] as const;
export type UnitGroup = (typeof UNIT_GROUPS)[number];

export class ListUnitsQuery extends PageQuery {
  /** Units located in exactly this community or street. */
  @OptionalId()
  locatedIn?: string;

  /** Units located anywhere in this organisation's subtree. */
  @OptionalId()
  within?: string;

  @Optional()
  @IsIn(UNIT_SECTOR_CODES)
  sector?: UnitSector;

  @Optional()
  @IsIn(UNIT_GROUPS)
  group?: UnitGroup;

  /** Words in the name. */
  @Optional()
  @IsString()
  @MaxLength(50)
  q?: string;
}
