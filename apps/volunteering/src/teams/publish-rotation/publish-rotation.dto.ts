import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ID_MAX_LENGTH, IsId } from '@gongjian/http';

export class PublishRotationDto {
  @IsId() orgId: string;
  @Matches(/^\d{4}Q[1-4]$/, { message: 'quarter must look like 2027Q1' }) quarter: string;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(ID_MAX_LENGTH, { each: true })
  teamIds: string[];
  /** default: every active grid under orgId */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @IsString({ each: true })
  @MaxLength(ID_MAX_LENGTH, { each: true })
  gridIds?: string[];
}
