import { IsOptional, IsString, MaxLength } from 'class-validator';
import { MomentQuery } from '@gongjian/runtime';
import { AUDIT_ID_MAX_LENGTH as ID } from '../../trail/range.query';

/**
 * The past moment of `GET /audit/as-of` (a time, or a global position of the log: DESIGN §6) and
 * what to show of it: a stream's state, or a read model's documents filtered as its list is.
 */
export class AsOfQuery extends MomentQuery {
  @IsOptional() @IsString() @MaxLength(ID) streamId?: string;
  @IsOptional() @IsString() @MaxLength(ID) projection?: string;
  @IsOptional() @IsString() @MaxLength(ID) communityId?: string;
  @IsOptional() @IsString() @MaxLength(ID) unitId?: string;
  @IsOptional() @IsString() @MaxLength(ID) orgId?: string;
  @IsOptional() @IsString() @MaxLength(50) status?: string;
}
