import { IsString, MaxLength } from 'class-validator';
import { IsIsoDate, Optional } from '@gongjian/http';

/** The longest stream id, event type or projection name the audit queries take (a stream id is an id with its service and kind before it; ids themselves are `OptionalId`). */
export const AUDIT_NAME_MAX_LENGTH = 200;

/** A time as the log stores it (UTC ISO 8601), so that times compare as strings. */
export const iso = (t: string) => new Date(t).toISOString();

/** One stream or the whole log, between two times: what integrity checks and exports cover. */
export class RangeQuery {
  @Optional() @IsString() @MaxLength(AUDIT_NAME_MAX_LENGTH) streamId?: string;
  @Optional() @IsIsoDate() from?: string;
  @Optional() @IsIsoDate() to?: string;
}

/** The range's bounds as ISO strings, open ends as the lowest and highest strings. */
export function timeBounds(query: RangeQuery): { from: string; to: string } {
  return { from: query.from ? iso(query.from) : '', to: query.to ? iso(query.to) : '\uffff' };
}
