import { OmitType } from '@nestjs/swagger';
import { ListNeedsQuery } from '../list-needs/list-needs.query';

/** The filters of the need list, without its paging: the export holds every matching need. */
export class ExportNeedsQuery extends OmitType(ListNeedsQuery, ['limit', 'cursor'] as const) {}
