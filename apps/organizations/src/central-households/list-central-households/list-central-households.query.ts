import { IsIn } from 'class-validator';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';

export class ListCentralHouseholdsQuery extends PageQuery {
  /** the 党员中心户 of this party branch */
  @OptionalId()
  branchId?: string;

  /** those under this organisation (a community's, a street's) */
  @OptionalId()
  within?: string;

  /** the 党员中心户 who looks after this household */
  @OptionalId()
  householdId?: string;

  @Optional()
  @IsIn(['active', 'revoked'])
  status?: 'active' | 'revoked';
}
