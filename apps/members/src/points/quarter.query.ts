import { IsOptional, Matches } from 'class-validator';

/** `?quarter=2026Q4` of the pioneer index and its leaderboard (default: the current quarter). */
export class QuarterQuery {
  @IsOptional()
  @Matches(/^\d{4}Q[1-4]$/, { message: 'quarter must look like 2026Q4' })
  quarter?: string;
}
