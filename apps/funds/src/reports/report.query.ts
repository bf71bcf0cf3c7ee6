import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { OptionalId } from '@gongjian/http';

/** A report of one year (`?year=`), of the whole readable area or one organisation's subtree (`?orgId=`). */
export class ReportQuery {
  @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year: number;
  /** this organisation's whole subtree: the funds it and those below it own, the 认捐 into them */
  @OptionalId() orgId?: string;
}

/**
 * The instants a year of China's calendar (UTC+8) runs between, as ISO strings: a project
 * completed on 1 January at 07:00 in Beijing belongs to that year, not the one before.
 */
export function chinaYear(year: number): { from: string; to: string } {
  const start = (y: number) => new Date(Date.UTC(y, 0, 1) - 8 * 3_600_000).toISOString();
  return { from: start(year), to: start(year + 1) };
}
