import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ReverseRedemptionDto {
  /** the dispute: why the redemption is undone */
  @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}
