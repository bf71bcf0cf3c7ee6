import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min, ValidateIf } from 'class-validator';
import { NotWith, PageQuery, IsIsoDate } from '@gongjian/http';

const ID = 200;

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

export class RangeQuery {
  @IsOptional() @IsString() @MaxLength(ID) streamId?: string;
  @IsOptional() @IsIsoDate() from?: string;
  @IsOptional() @IsIsoDate() to?: string;
}

export class IntegrityQuery extends RangeQuery {
  /** report only breaks in events of this organisation's subtree */
  @IsOptional() @IsString() @MaxLength(ID) orgId?: string;
}

export class ExportQuery extends RangeQuery {
  @IsOptional() @IsIn(['csv', 'jsonl']) format?: 'csv' | 'jsonl';
  @IsOptional() @IsString() @MaxLength(ID) type?: string;
  /** an account id: what that person did */
  @IsOptional() @IsString() @MaxLength(ID) actor?: string;
  /** events that concern this organisation or anything in its subtree (as `/audit/events`) */
  @IsOptional() @IsString() @MaxLength(ID) orgId?: string;
  @IsOptional() @IsString() @MaxLength(ID) correlationId?: string;
}

/** `POST /audit/replays`: the body the owner's `POST /read-models/replays` takes. */
export { StartReplayDto } from '@gongjian/runtime';
