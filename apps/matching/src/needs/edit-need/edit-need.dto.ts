import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { URGENCY_CODES, type Urgency } from '@gongjian/contracts';
import { IsTags, QuantityDto, WindowDto } from '../../list-item.dto';
import { Optional } from '@gongjian/http';

/** The fields of an open need that can change; the others stay as posted. */
export class EditNeedDto {
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title?: string;

  @Optional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Optional()
  @IsTags()
  tags?: string[];

  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => QuantityDto)
  quantity?: QuantityDto;

  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => WindowDto)
  window?: WindowDto;

  @Optional()
  @IsIn(URGENCY_CODES)
  urgency?: Urgency;
}
