import { IsString, MaxLength } from 'class-validator';
import { IsIsoDate, Optional, OptionalId, PageQuery } from '@gongjian/http';
import { AUDIT_NAME_MAX_LENGTH as NAME } from '../range.query';

export class AuditEventsQuery extends PageQuery {
  @Optional() @IsString() @MaxLength(NAME) streamId?: string;
  @Optional() @IsString() @MaxLength(NAME) type?: string;
  /** account id of the actor */
  @OptionalId() actor?: string;
  /** events concerning this organisation or anything in its subtree */
  @OptionalId() orgId?: string;
  @OptionalId() correlationId?: string;
  @Optional() @IsIsoDate() from?: string;
  @Optional() @IsIsoDate() to?: string;
}
