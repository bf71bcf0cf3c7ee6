import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CATEGORY_CODES, type Category, URGENCY_CODES, type Urgency } from '@gongjian/contracts';
import { IsId, Optional, OptionalCode, OptionalId } from '@gongjian/http';
import { IsTags, QuantityDto, WindowDto } from '../../list-item.dto';

export class PostNeedDto {
  @IsId()
  communityId: string;

  @OptionalId()
  gridId?: string;

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
  quantity: QuantityDto;

  @IsObject()
  @ValidateNested()
  @Type(() => WindowDto)
  @IsNotEmpty()
  window: WindowDto;

  @IsIn(URGENCY_CODES)
  urgency: Urgency;

  /** 编码 — the office's own code, unique among the community's needs */
  @OptionalCode()
  code?: string;
}
