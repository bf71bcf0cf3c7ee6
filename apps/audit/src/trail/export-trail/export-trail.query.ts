import { IsIn, IsString, MaxLength } from 'class-validator';
import { Optional, OptionalId } from '@gongjian/http';
import { AUDIT_NAME_MAX_LENGTH as NAME, RangeQuery } from '../range.query';

export class ExportQuery extends RangeQuery {
  @Optional() @IsIn(['csv', 'jsonl']) format?: 'csv' | 'jsonl';
  @Optional() @IsString() @MaxLength(NAME) type?: string;
  /** an account id: what that person did */
  @OptionalId() actor?: string;
  /** events that concern this organisation or anything in its subtree (as `/audit/events`) */
  @OptionalId() orgId?: string;
  @OptionalId() correlationId?: string;
}
