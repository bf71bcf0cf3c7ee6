import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { Optional } from '@gongjian/http';

export class EvaluateProjectDto {
  @IsInt()
  @Min(1)
  @Max(5)
  score: number;

  @Optional()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}
