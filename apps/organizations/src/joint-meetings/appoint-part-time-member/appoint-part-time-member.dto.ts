import { Type } from 'class-transformer';
import { IsNotEmpty, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsId, IsIsoDate } from '@gongjian/http';

class TermDto {
  @IsIsoDate()
  from: string;

  @IsIsoDate()
  to: string;
}

export class AppointDto {
  /** The member unit the person comes from. */
  @IsId()
  unitId: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  personName: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  position: string;

  @IsObject()
  @ValidateNested()
  @Type(() => TermDto)
  @IsNotEmpty()
  term: TermDto;
}
