import { OptionalId } from '@gongjian/http';
import { RangeQuery } from '../range.query';

export class IntegrityQuery extends RangeQuery {
  /** report only breaks in events of this organisation's subtree */
  @OptionalId() orgId?: string;
}
