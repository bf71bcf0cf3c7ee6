import { IsIn, IsString, MaxLength } from 'class-validator';
import { CATEGORY_CODES, type Category, OFFER_STATUS_CODES, type OfferStatus } from '@gongjian/contracts';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';

export class ListOffersQuery extends PageQuery {
  @OptionalId()
  unitId?: string;

  @Optional()
  @IsIn(OFFER_STATUS_CODES)
  status?: OfferStatus;

  @Optional()
  @IsIn(CATEGORY_CODES)
  category?: Category;

  /** Words in the title, description or tags. */
  @Optional()
  @IsString()
  @MaxLength(50)
  q?: string;
}
