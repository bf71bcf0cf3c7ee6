import { IsInt, IsString, Matches, MaxLength, Min } from 'class-validator';
import { YUAN_PATTERN } from '@gongjian/ledger';
import { IsId, Optional } from '@gongjian/http';
import { MONTH_PATTERN } from './statement';

/** What the office agreed with the merchant: the net of the month, as the statement shows it. */
export class ReconcileStatementDto {
  @IsInt() @Min(0) netPoints: number;
  @IsString()
  @Matches(new RegExp(YUAN_PATTERN), { message: 'netYuan must be yuan with at most two decimals' })
  netYuan: string;
  @Optional() @IsString() @MaxLength(500) note?: string;
}

export class MerchantStatementQuery {
  @IsId() merchantId: string;
  @IsString() @Matches(MONTH_PATTERN, { message: 'month must look like 2026-12' }) month: string;
}
