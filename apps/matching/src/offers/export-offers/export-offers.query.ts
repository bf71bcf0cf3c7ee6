import { OmitType } from '@nestjs/swagger';
import { ListOffersQuery } from '../list-offers/list-offers.query';

/** The filters of the resource list, without its paging. */
export class ExportOffersQuery extends OmitType(ListOffersQuery, ['limit', 'cursor'] as const) {}
