import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CATEGORY_CODES, type Category } from '@gongjian/contracts';
import { ID_MAX_LENGTH, PageQuery, IsId } from '@gongjian/http';
import { QuantityDto, WindowDto } from '../needs/post-need/post-need.dto';
import { OFFER_STATUSES, type OfferStatus } from './offer.decider';

export class PostOfferDto {
  @IsId()
  unitId: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @IsIn(CATEGORY_CODES)
  category: Category;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(30, { each: true })
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

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(ID_MAX_LENGTH, { each: true })
  serviceArea: string[];
}

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
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(30, { each: true })
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
  @IsString({ each: true })
  @MaxLength(ID_MAX_LENGTH, { each: true })
  serviceArea?: string[];
}

export class WithdrawOfferDto {
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ListOffersQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  unitId?: string;

  @IsOptional()
  @IsIn(OFFER_STATUSES)
  status?: OfferStatus;

  @IsOptional()
  @IsIn(CATEGORY_CODES)
  category?: Category;

  /** Words in the title, description or tags. */
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;
}
