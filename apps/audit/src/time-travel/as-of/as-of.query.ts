import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsIsoDate, NotWith, OptionalId } from '@gongjian/http';
import { AUDIT_NAME_MAX_LENGTH as NAME } from '../../trail/range.query';

/** The past moment of `GET /audit/as-of`: a time, or a global position of the log (DESIGN §6). */
export class AsOfQuery {
  /** required unless `position` is given */
  @ValidateIf((q: AsOfQuery) => q.position === undefined)
  @IsIsoDate()
  at?: string;

  /** the state after the event at this global position (and every one before it) */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @NotWith('at')
  position?: number;

  @IsOptional() @IsString() @MaxLength(NAME) streamId?: string;
  @IsOptional() @IsString() @MaxLength(NAME) projection?: string;
  @OptionalId() communityId?: string;
  @OptionalId() unitId?: string;
  @OptionalId() orgId?: string;
  @IsOptional() @IsString() @MaxLength(50) status?: string;
}
