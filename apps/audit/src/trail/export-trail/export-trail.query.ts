import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { AUDIT_ID_MAX_LENGTH as ID, RangeQuery } from '../range.query';

export class ExportQuery extends RangeQuery {
  @IsOptional() @IsIn(['csv', 'jsonl']) format?: 'csv' | 'jsonl';
  @IsOptional() @IsString() @MaxLength(ID) type?: string;
  /** an account id: what that person did */
  @IsOptional() @IsString() @MaxLength(ID) actor?: string;
  /** events that concern this organisation or anything in its subtree (as `/audit/events`) */
  @IsOptional() @IsString() @MaxLength(ID) orgId?: string;
  @IsOptional() @IsString() @MaxLength(ID) correlationId?: string;
}
