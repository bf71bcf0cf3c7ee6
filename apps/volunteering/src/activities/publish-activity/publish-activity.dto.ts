import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  CATEGORY_CODES,
  type Category,
  HOURS_VERIFICATION_CODES,
  type HoursVerification,
  VOLUNTEER_KIND_CODES,
  type VolunteerKind,
} from '@gongjian/contracts';
import { IsId, IsIsoDate, Optional } from '@gongjian/http';

export class PublishActivityDto {
  @IsString() @IsNotEmpty() @MaxLength(100) title: string;
  @Optional() @IsString() @MaxLength(2000) description?: string;
  /** the grid or community that recruits */
  @IsId() orgId: string;
  @IsIn(CATEGORY_CODES) category: Category;
  @Optional() @IsString() @MaxLength(200) place?: string;
  @IsIsoDate() startsAt: string;
  @IsIsoDate() endsAt: string;
  @IsInt() @Min(1) @Max(1000) slots: number;
  @IsInt() @Min(0) @Max(100) pointsPerHour: number;
  /** who may sign up: party members, resident volunteers, social organisations (default: members) */
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(VOLUNTEER_KIND_CODES, { each: true })
  openTo?: VolunteerKind[];
  /** how hours are verified after 扫码签到: the organiser confirms (default), or at check-out */
  @Optional() @IsIn(HOURS_VERIFICATION_CODES) hoursVerification?: HoursVerification;
}
