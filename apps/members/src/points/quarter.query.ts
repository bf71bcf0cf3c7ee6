import { Matches } from 'class-validator';
import { Optional } from '@gongjian/http';

/** `?quarter=2026Q4` of the pioneer index and its leaderboard (default: the current quarter). */
export class QuarterQuery {
  @Optional()
  @Matches(/^\d{4}Q[1-4]$/, { message: 'quarter must look like 2026Q4' })
  quarter?: string;
}
