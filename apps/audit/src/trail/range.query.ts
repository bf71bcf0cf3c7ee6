import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoDate } from '@gongjian/http';

/** The longest id, stream id or event type the audit queries take (stream ids name their service). */
export const AUDIT_ID_MAX_LENGTH = 200;

/** A time as the log stores it (UTC ISO 8601), so that times compare as strings. */
export const iso = (t: string) => new Date(t).toISOString();

/** One stream or the whole log, between two times: what integrity checks and exports cover. */
export class RangeQuery {
  @IsOptional() @IsString() @MaxLength(AUDIT_ID_MAX_LENGTH) streamId?: string;
  @IsOptional() @IsIsoDate() from?: string;
  @IsOptional() @IsIsoDate() to?: string;
}

/** The range's bounds as ISO strings, open ends as the lowest and highest strings. */
export function timeBounds(query: RangeQuery): { from: string; to: string } {
  return { from: query.from ? iso(query.from) : '', to: query.to ? iso(query.to) : '\uffff' };
}
