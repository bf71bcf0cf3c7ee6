import { ArrayMaxSize, ArrayMinSize, IsArray, Matches } from 'class-validator';
import { IsId, Optional } from '@gongjian/http';

export class PublishRotationDto {
  @IsId() orgId: string;
  @Matches(/^\d{4}Q[1-4]$/, { message: 'quarter must look like 2027Q1' }) quarter: string;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsId({ each: true })
  teamIds: string[];
  /** default: every active grid under orgId */
  @Optional()
  @IsArray()
  @ArrayMaxSize(2000)
  @IsId({ each: true })
  gridIds?: string[];
  /** activities (招募令) of the quarter under orgId that teams serve too; their members may sign up (default: none) */
  @Optional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsId({ each: true })
  activityIds?: string[];
}
