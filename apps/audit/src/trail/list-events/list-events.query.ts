import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoDate, PageQuery } from '@gongjian/http';
import { AUDIT_ID_MAX_LENGTH as ID } from '../range.query';

export class AuditEventsQuery extends PageQuery {
  @IsOptional() @IsString() @MaxLength(ID) streamId?: string;
  @IsOptional() @IsString() @MaxLength(ID) type?: string;
  /** account id of the actor */
  @IsOptional() @IsString() @MaxLength(ID) actor?: string;
  /** events concerning this organisation or anything in its subtree */
  @IsOptional() @IsString() @MaxLength(ID) orgId?: string;
  @IsOptional() @IsString() @MaxLength(ID) correlationId?: string;
  @IsOptional() @IsIsoDate() from?: string;
  @IsOptional() @IsIsoDate() to?: string;
}
