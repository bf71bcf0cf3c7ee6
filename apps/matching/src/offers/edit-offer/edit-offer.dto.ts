import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsId } from '@gongjian/http';
import { IsTags, QuantityDto, WindowDto } from '../../list-item.dto';

/** `PATCH /offers/:id`: any subset of what may change while the offer is open. */
export class EditOfferDto {
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
  capacity?: QuantityDto;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => WindowDto)
  window?: WindowDto;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsId({ each: true })
  serviceArea?: string[];
}
