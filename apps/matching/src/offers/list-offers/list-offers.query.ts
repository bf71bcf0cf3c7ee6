import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CATEGORY_CODES, type Category, OFFER_STATUS_CODES, type OfferStatus } from '@gongjian/contracts';
import { OptionalId, PageQuery } from '@gongjian/http';

export class ListOffersQuery extends PageQuery {
  @OptionalId()
  unitId?: string;

  @IsOptional()
  @IsIn(OFFER_STATUS_CODES)
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
