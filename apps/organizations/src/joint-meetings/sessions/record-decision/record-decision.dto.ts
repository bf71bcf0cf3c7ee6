import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CATEGORY_CODES,
  type Category,
  QUANTITY_UNIT_CODES,
  type QuantityUnit,
  URGENCY_CODES,
  type Urgency,
} from '@gongjian/contracts';
import { IsId, IsIsoDate, IsIsoDay, Optional, OptionalId } from '@gongjian/http';

class SessionVotesDto {
  @IsInt() @Min(0) @Max(100000) for: number;
  @IsInt() @Min(0) @Max(100000) against: number;
  @IsInt() @Min(0) @Max(100000) abstain: number;
}

class ActionItemOwnerDto {
  @IsIn(['unit', 'organization', 'part_time_member'])
  kind: 'unit' | 'organization' | 'part_time_member';

  /** the unit's id, the meeting's organisation's id, or the appointment's id */
  @IsId()
  id: string;
}

class NeedDraftQuantityDto {
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(1e9)
  amount: number;

  @IsIn(QUANTITY_UNIT_CODES)
  unit: QuantityUnit;
}

class NeedDraftWindowDto {
  @IsIsoDate() from: string;
  @IsIsoDate() to: string;
}

/** A need the decision creates (posted by the matching service under an id chosen now): PostNeed's fields. */
export class NeedDraftDto {
  @IsId()
  communityId: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title: string;

  @Optional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @IsIn(CATEGORY_CODES)
  category: Category;

  @IsObject()
  @ValidateNested()
  @Type(() => NeedDraftQuantityDto)
  @IsNotEmpty()
  quantity: NeedDraftQuantityDto;

  @IsObject()
  @ValidateNested()
  @Type(() => NeedDraftWindowDto)
  @IsNotEmpty()
  window: NeedDraftWindowDto;

  @IsIn(URGENCY_CODES)
  urgency: Urgency;
}

export class SessionActionItemDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @IsObject()
  @ValidateNested()
  @Type(() => ActionItemOwnerDto)
  @IsNotEmpty()
  owner: ActionItemOwnerDto;

  @IsIsoDay()
  dueOn: string;

  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => NeedDraftDto)
  need?: NeedDraftDto;

  /**
   * an open matching proposal of the owner unit that the decision accepts for both sides (the
   * community's meeting decides, the unit agrees in it): matching creates its co-build project
   */
  @OptionalId()
  proposalId?: string;
}

export class RecordDecisionDto {
  @IsId()
  agendaItemId: string;

  @IsIn(['adopted', 'rejected', 'deferred'])
  outcome: 'adopted' | 'rejected' | 'deferred';

  /** by votes (the counts, checked against attendance) or by consensus, as the meeting decides */
  @IsIn(['votes', 'consensus'])
  method: 'votes' | 'consensus';

  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => SessionVotesDto)
  votes?: SessionVotesDto;

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SessionActionItemDto)
  actionItems: SessionActionItemDto[];
}
