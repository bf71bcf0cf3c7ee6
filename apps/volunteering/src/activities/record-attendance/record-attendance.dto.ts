import { IsNumber, Max, Min } from 'class-validator';
import { IsId } from '@gongjian/http';

export class AttendanceDto {
  @IsId() memberId: string;
  /** verified hours, in quarter hours */
  @IsNumber({ maxDecimalPlaces: 2 }) @Min(0.25) @Max(168) hours: number;
}
