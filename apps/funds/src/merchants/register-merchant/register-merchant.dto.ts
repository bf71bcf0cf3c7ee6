import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MERCHANT_SECTOR_CODES, type MerchantSector } from '@gongjian/contracts';
import { IsId, IsIsoDay } from '@gongjian/http';

/** Mainland mobile (11 digits from 1) or a landline with its area code (as members' phones). */
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/** The discount terms from a day on. */
export class MerchantTermsDto {
  /** points for 1 元 of discount */
  @IsInt() @Min(1) @Max(10_000) pointsPerYuan: number;
  /** what one member may redeem at this merchant in a calendar month (China's), in points */
  @IsInt() @Min(1) @Max(1_000_000) monthlyCapPoints: number;
  /** the first day the terms are in force (YYYY-MM-DD, China's calendar) */
  @IsIsoDay() effectiveFrom: string;
}

export class RegisterMerchantDto {
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @IsString() @IsNotEmpty() @MaxLength(200) address: string;
  @IsIn(MERCHANT_SECTOR_CODES) sector: MerchantSector;
  /** the alliance's organisation: the street or community whose admin registers the merchant */
  @IsId() orgId: string;
  @IsString() @IsNotEmpty() @MaxLength(50) contactName: string;
  @IsString()
  @Matches(PHONE, { message: 'contactPhone must be a mobile number (11 digits) or a landline with its area code' })
  contactPhone: string;
  @ValidateNested() @Type(() => MerchantTermsDto) terms: MerchantTermsDto;
}
