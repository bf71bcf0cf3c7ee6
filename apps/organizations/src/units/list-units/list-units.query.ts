import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { UNIT_SECTOR_CODES, type UnitSector } from '@gongjian/contracts';
import { ID_MAX_LENGTH, PageQuery } from '@gongjian/http';

export class ListUnitsQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  locatedIn?: string;

  @IsOptional()
  @IsIn(UNIT_SECTOR_CODES)
  sector?: UnitSector;
}
