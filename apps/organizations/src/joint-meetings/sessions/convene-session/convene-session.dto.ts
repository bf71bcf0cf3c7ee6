import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsId, IsIsoDay, Optional, OptionalId } from '@gongjian/http';

/** What an agenda item given at convening is about (carried-over items are added by the service). */
export const PROPOSED_AGENDA_KINDS = ['needs', 'offers', 'projects', 'party_member_proposal', 'unit_proposal'] as const;

export class SessionAgendaItemDto {
  @IsIn(PROPOSED_AGENDA_KINDS)
  kind: (typeof PROPOSED_AGENDA_KINDS)[number];

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @Optional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  /** ids of the needs, offers or projects the item cites */
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsId({ each: true })
  refs?: string[];

  /** who proposed: a member's id (党员提案), a member unit's id (a unit's proposal) */
  @OptionalId()
  proposedBy?: string;
}

export class ConveneSessionDto {
  @IsIsoDay()
  heldOn: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  place: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SessionAgendaItemDto)
  agenda: SessionAgendaItemDto[];

  /** pending proposals to the meeting (党员提案, units' proposals) put on the agenda after the items given */
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsId({ each: true })
  proposalIds?: string[];
}
