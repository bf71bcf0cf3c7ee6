import { IsIn, IsOptional } from 'class-validator';
import { UNIT_SECTOR_CODES, type UnitSector } from '@gongjian/contracts';
import { OptionalId, PageQuery } from '@gongjian/http';

export class ListUnitsQuery extends PageQuery {
  @OptionalId()
  locatedIn?: string;

  @IsOptional()
  @IsIn(UNIT_SECTOR_CODES)
  sector?: UnitSector;
}
