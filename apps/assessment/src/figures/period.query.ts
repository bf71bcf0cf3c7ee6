import { IsIn, Matches } from 'class-validator';
import { INDEX_KIND_CODES, type IndexKind } from '@gongjian/contracts';
import { Optional, OptionalId } from '@gongjian/http';
import { PERIOD_PATTERN } from '../scoring/periods';

export class PeriodQuery {
  /** `2026Q4` or `2026` (the kind of the set in force there); default: the current period */
  @Optional()
  @Matches(PERIOD_PATTERN, { message: 'period must be a quarter (2026Q4) or a year (2026)' })
  period?: string;
}

export class RankingQuery extends PeriodQuery {
  @IsIn(INDEX_KIND_CODES) index: IndexKind;
  /** only the subjects in this organisation's subtree (within the caller's scope) */
  @OptionalId() scopeOrgId?: string;
}
