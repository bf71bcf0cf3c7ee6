import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsObject,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsId, Optional } from '@gongjian/http';
import { IsTags, QuantityDto, WindowDto } from '../../list-item.dto';

/** `PATCH /offers/:id`: any subset of what may change while the offer is open. */
export class EditOfferDto {
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
  capacity?: QuantityDto;

  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => WindowDto)
  window?: WindowDto;

  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsId({ each: true })
  serviceArea?: string[];
}
