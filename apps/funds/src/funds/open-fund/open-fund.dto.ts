import { IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { YUAN_PATTERN } from '@gongjian/ledger';
import { IsId } from '@gongjian/http';
import { FUND_KIND_CODES, type FundKind } from '../fund-kinds';

export class OpenFundDto {
  /** the organisation whose fund it is (a district, street, community or 党群服务站's street) */
  @IsId() ownerOrgId: string;
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @IsIn(FUND_KIND_CODES) kind: FundKind;
  @IsInt() @Min(2000) @Max(2100) year: number;
  /** 元, two decimals at most: "300000.00" */
  @IsString()
  @Matches(new RegExp(YUAN_PATTERN), { message: 'yearlyAmount must be yuan with at most two decimals' })
  yearlyAmount: string;
}
