import { IsIn } from 'class-validator';
import { UNIT_SECTOR_CODES, type UnitSector } from '@gongjian/contracts';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';

export class ListUnitsQuery extends PageQuery {
  @OptionalId()
  locatedIn?: string;

  @Optional()
  @IsIn(UNIT_SECTOR_CODES)
  sector?: UnitSector;
}
