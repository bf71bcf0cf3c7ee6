import { OptionalId, PageQuery } from '@gongjian/http';

/** The resident volunteers of an area: a community, or a street or district with those under it. */
export class ListResidentsQuery extends PageQuery {
  /** default: the caller's own organisation (every community for the auditor and the bootstrap admin) */
  @OptionalId() orgId?: string;
}
