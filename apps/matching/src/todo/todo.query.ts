import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Optional } from '@gongjian/http';

export class TodoQuery {
  /** How many items each block lists (its `total` counts them all): 1–50, 8 by default. */
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}
