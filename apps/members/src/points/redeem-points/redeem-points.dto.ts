import { IsInt, Max, Min } from 'class-validator';
import { IsId } from '@gongjian/http';

export class RedemptionDto {
  @IsInt()
  @Min(1)
  @Max(100_000)
  points: number;

  /** a registered alliance merchant (`GET /merchants`) */
  @IsId()
  merchantId: string;
}
