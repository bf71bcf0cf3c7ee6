import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { URGENCY_CODES, type Urgency } from '@gongjian/contracts';
import { IsTags, QuantityDto, WindowDto } from '../../list-item.dto';

/** The fields of an open need that can change; the others stay as posted. */
export class EditNeedDto {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @IsOptional()
  @IsTags()
  tags?: string[];

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => QuantityDto)
  quantity?: QuantityDto;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => WindowDto)
  window?: WindowDto;

  @IsOptional()
  @IsIn(URGENCY_CODES)
  urgency?: Urgency;
}
