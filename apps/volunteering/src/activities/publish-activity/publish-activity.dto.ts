import { IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { CATEGORY_CODES, type Category } from '@gongjian/contracts';
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
}
