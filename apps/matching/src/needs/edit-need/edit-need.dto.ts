import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { URGENCY_CODES, type Urgency } from '@gongjian/contracts';
import { QuantityDto, WindowDto } from '../post-need/post-need.dto';

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
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(30, { each: true })
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
