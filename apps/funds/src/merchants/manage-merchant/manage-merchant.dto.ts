import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class SuspendMerchantDto {
  /** why redemptions there stop (a complaint, the shop closed for works) */
  @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}
