import { Type } from 'class-transformer';
import { IsIn, IsInt, Matches, Max, Min } from 'class-validator';
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
  /** how many of the ranking, from the first (default 200); `total` says how many there are */
  @Optional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) top?: number;
}
