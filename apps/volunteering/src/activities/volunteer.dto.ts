import { IsInt, Max, Min } from 'class-validator';
import { DomainRuleViolation } from '@gongjian/eventing';
import { IsId, NotWith, Optional, RequiredUnless } from '@gongjian/http';
import type { VolunteerRef } from './attendance';

/**
 * The volunteer a request is about: exactly one of a party member, a resident volunteer, or a
 * social organisation (a unit of the sector 社会组织) with its headcount.
 */
export class VolunteerDto {
  /** a party member (their own `member` account, or the activity's organisers) */
  @RequiredUnless('residentId', 'unitId') @IsId() memberId?: string;
  /** a resident volunteer (their own `resident` account, or the organisers) */
  @Optional() @NotWith('memberId') @IsId() residentId?: string;
  /** a social organisation taking the activity on as a whole (its unit contact, or the organisers) */
  @Optional() @NotWith('memberId') @NotWith('residentId') @IsId() unitId?: string;
  /** how many people the social organisation sends (with `unitId` only) */
  @Optional() @IsInt() @Min(1) @Max(1000) headcount?: number;
}

/** The volunteer a DTO names. */
export function volunteerOf(dto: VolunteerDto): VolunteerRef {
  if (dto.unitId) return { kind: 'organisation', id: dto.unitId };
  if (dto.residentId) return { kind: 'resident', id: dto.residentId };
  return { kind: 'member', id: dto.memberId! };
}

/** A headcount belongs to a social organisation only (422 otherwise); checked once the caller may act. */
export function assertHeadcountFits(dto: VolunteerDto): void {
  if (dto.headcount !== undefined && !dto.unitId)
    throw new DomainRuleViolation(
      'a headcount is given for a social organisation (unitId) only',
      'headcount_unexpected',
      { field: 'headcount' },
    );
}
