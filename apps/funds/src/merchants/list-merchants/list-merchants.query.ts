import { IsIn, IsString, MaxLength } from 'class-validator';
import {
  MERCHANT_SECTOR_CODES,
  MERCHANT_STATUS_CODES,
  type MerchantSector,
  type MerchantStatus,
} from '@gongjian/contracts';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';

export class ListMerchantsQuery extends PageQuery {
  /** the merchants of this organisation's alliance and of every alliance below it */
  @OptionalId() orgId?: string;
  @Optional() @IsIn(MERCHANT_SECTOR_CODES) sector?: MerchantSector;
  @Optional() @IsIn(MERCHANT_STATUS_CODES) status?: MerchantStatus;
  /** words in the name or address */
  @Optional() @IsString() @MaxLength(50) q?: string;
}
