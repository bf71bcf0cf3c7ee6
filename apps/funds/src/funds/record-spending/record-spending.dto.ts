import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { YUAN_PATTERN } from '@gongjian/ledger';
import { IsIsoDay } from '@gongjian/http';

export class RecordSpendingDto {
  @IsString()
  @Matches(new RegExp(YUAN_PATTERN), { message: 'amount must be yuan with at most two decimals' })
  amount: string;
  /** who was paid (收款方) */
  @IsString() @IsNotEmpty() @MaxLength(200) payee: string;
  @IsString() @IsNotEmpty() @MaxLength(500) purpose: string;
  /** the day of payment, YYYY-MM-DD */
  @IsIsoDay() spentOn: string;
  /** the SHA-256 of a receipt uploaded to this fund (`POST /funds/:id/receipts`) */
  @IsString()
  @Matches(/^[0-9a-f]{64}$/, { message: 'receiptSha256 must be the hash an upload returned' })
  receiptSha256: string;
}

export class ReverseSpendingDto {
  @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}
