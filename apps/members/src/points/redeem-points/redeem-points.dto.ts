import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';

export class RedemptionDto {
  @IsInt()
  @Min(1)
  @Max(100_000)
  points: number;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  merchant: string;
}
