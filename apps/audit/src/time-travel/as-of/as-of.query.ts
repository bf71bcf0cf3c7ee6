import { IsString, MaxLength } from 'class-validator';
import { Optional, OptionalId, RequiredUnless } from '@gongjian/http';
import { MomentQuery } from '@gongjian/runtime';
import { AUDIT_NAME_MAX_LENGTH as NAME } from '../../trail/range.query';

/**
 * The past moment of `GET /audit/as-of` (a time, or a global position of the log: DESIGN §6) and
 * what to show of it: a stream's state, or a read model's documents filtered as its list is.
 */
export class AsOfQuery extends MomentQuery {
  /** a stream's state then; or `projection`: a read model's documents then (one of the two is required) */
  @RequiredUnless('projection') @IsString() @MaxLength(NAME) streamId?: string;
  @Optional() @IsString() @MaxLength(NAME) projection?: string;
  @OptionalId() communityId?: string;
  @OptionalId() unitId?: string;
  @OptionalId() orgId?: string;
  @Optional() @IsString() @MaxLength(50) status?: string;
}
