import { IsString, Matches, MaxLength } from 'class-validator';
import { YUAN_PATTERN } from '@gongjian/ledger';
import { IsId, Optional, OptionalId } from '@gongjian/http';

export class RecordContributionDto {
  /** the unit that gives (认捐) */
  @IsId() unitId: string;
  @IsString()
  @Matches(new RegExp(YUAN_PATTERN), { message: 'amount must be yuan with at most two decimals' })
  amount: string;
  /** into this approved budget (a project's 认捐); absent: into the fund */
  @OptionalId() allocationId?: string;
  @Optional() @IsString() @MaxLength(500) note?: string;
}
