import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CATEGORY_CODES, type Category } from '@gongjian/contracts';
import { ID_MAX_LENGTH, PageQuery } from '@gongjian/http';
import { OFFER_STATUSES, type OfferStatus } from '../offer.decider';

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
