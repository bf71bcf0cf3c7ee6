import { IsIn, IsInt, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';
import { FUND_KIND_CODES, type FundKind } from '../fund-kinds';

export class ListFundsQuery extends PageQuery {
  /** the funds of this organisation's whole subtree */
  @OptionalId() orgId?: string;
  @OptionalId() ownerOrgId?: string;
  @Optional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @Optional() @IsIn(FUND_KIND_CODES) kind?: FundKind;
}
