import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { YUAN_PATTERN } from '@gongjian/ledger';
import { IsId } from '@gongjian/http';
import { ALLOCATION_TARGET_CODES, type AllocationTarget } from '../fund-kinds';

export class RequestAllocationDto {
  @IsIn(ALLOCATION_TARGET_CODES) target: AllocationTarget;
  /** the 微项目 or the co-build project */
  @IsId() targetId: string;
  @IsString()
  @Matches(new RegExp(YUAN_PATTERN), { message: 'amount must be yuan with at most two decimals' })
  amount: string;
  @IsString() @IsNotEmpty() @MaxLength(500) purpose: string;
}

export class RejectAllocationDto {
  @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}
