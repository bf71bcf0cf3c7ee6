import { IsNumber, Max, Min } from 'class-validator';
import { Optional } from '@gongjian/http';
import { VolunteerDto } from '../volunteer.dto';

/**
 * The organiser's record of a volunteer's attendance: a member, a resident, or a social
 * organisation (with the people who came, by default its headcount).
 */
export class AttendanceDto extends VolunteerDto {
  /** verified hours; left out: those the volunteer's check-in and check-out measured (扫码签到) */
  @Optional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0.25) @Max(168) hours?: number;
}
