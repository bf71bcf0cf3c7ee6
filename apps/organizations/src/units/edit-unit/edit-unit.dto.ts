import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { UNIT_SECTOR_CODES, type UnitSector } from '@gongjian/contracts';
import { Optional, OptionalId } from '@gongjian/http';

/** What changes: the fields sent; the others stay as they are. */
export class EditUnitDto {
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @Optional()
  @IsIn(UNIT_SECTOR_CODES)
  sector?: UnitSector;

  /** The community or street the unit is now located in. */
  @OptionalId()
  locatedIn?: string;
}
