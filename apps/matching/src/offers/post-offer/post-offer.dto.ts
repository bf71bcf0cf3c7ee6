import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CATEGORY_CODES, type Category } from '@gongjian/contracts';
import { IsId, Optional, OptionalCode } from '@gongjian/http';
import { IsTags, QuantityDto, WindowDto } from '../../list-item.dto';

export class PostOfferDto {
  @IsId()
  unitId: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title: string;

  @Optional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @IsIn(CATEGORY_CODES)
  category: Category;

  @Optional()
  @IsTags()
  tags?: string[];

  @IsObject()
  @ValidateNested()
  @Type(() => QuantityDto)
  @IsNotEmpty()
  capacity: QuantityDto;

  @IsObject()
  @ValidateNested()
  @Type(() => WindowDto)
  @IsNotEmpty()
  window: WindowDto;

  /** organisations whose whole subtree the offer serves */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsId({ each: true })
  serviceArea: string[];

  /** 编码 — the office's own code, unique among the unit's offers */
  @OptionalCode()
  code?: string;
}
