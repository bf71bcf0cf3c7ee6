import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';

export class RateSiteDto {
  @IsInt()
  @Min(2000)
  year: number;

  @IsInt()
  @Min(1)
  @Max(5)
  stars: number;

  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}
