import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { UNIT_SECTOR_CODES, type UnitSector } from '@gongjian/contracts';
import { IsId, OptionalCode } from '@gongjian/http';

export class RegisterUnitDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @IsIn(UNIT_SECTOR_CODES)
  sector: UnitSector;

  /** The community or street the unit is located in. */
  @IsId()
  locatedIn: string;

  /** 编码 — the office's own code (a 统一社会信用代码…), unique among units */
  @OptionalCode()
  code?: string;
}
