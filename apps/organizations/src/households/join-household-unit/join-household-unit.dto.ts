import { IsId } from '@gongjian/http';

export class JoinHouseholdUnitDto {
  /** a registered household of the unit's building or grid, in no other unit */
  @IsId()
  householdId: string;
}
