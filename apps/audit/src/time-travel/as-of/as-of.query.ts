import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsIsoDate, NotWith } from '@gongjian/http';
import { AUDIT_ID_MAX_LENGTH as ID } from '../../trail/range.query';

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

  @IsOptional() @IsString() @MaxLength(ID) streamId?: string;
  @IsOptional() @IsString() @MaxLength(ID) projection?: string;
  @IsOptional() @IsString() @MaxLength(ID) communityId?: string;
  @IsOptional() @IsString() @MaxLength(ID) unitId?: string;
  @IsOptional() @IsString() @MaxLength(ID) orgId?: string;
  @IsOptional() @IsString() @MaxLength(50) status?: string;
}
