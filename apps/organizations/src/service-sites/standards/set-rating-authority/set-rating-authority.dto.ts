import { IsInt, Max, Min } from 'class-validator';

export class SetRatingAuthorityDto {
  /** ratings of this many stars and more are given by the district, fewer by the street (6: none by the district alone) */
  @IsInt()
  @Min(1)
  @Max(6)
  districtStars: number;
}
