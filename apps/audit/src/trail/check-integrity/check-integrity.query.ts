import { IsOptional, IsString, MaxLength } from 'class-validator';
import { AUDIT_ID_MAX_LENGTH, RangeQuery } from '../range.query';

export class IntegrityQuery extends RangeQuery {
  /** report only breaks in events of this organisation's subtree */
  @IsOptional() @IsString() @MaxLength(AUDIT_ID_MAX_LENGTH) orgId?: string;
}
