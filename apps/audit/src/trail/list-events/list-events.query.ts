import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoDate, OptionalId, PageQuery } from '@gongjian/http';
import { AUDIT_NAME_MAX_LENGTH as NAME } from '../range.query';

export class AuditEventsQuery extends PageQuery {
  @IsOptional() @IsString() @MaxLength(NAME) streamId?: string;
  @IsOptional() @IsString() @MaxLength(NAME) type?: string;
  /** account id of the actor */
  @OptionalId() actor?: string;
  /** events concerning this organisation or anything in its subtree */
  @OptionalId() orgId?: string;
  @OptionalId() correlationId?: string;
  @IsOptional() @IsIsoDate() from?: string;
  @IsOptional() @IsIsoDate() to?: string;
}
