import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsId } from '@gongjian/http';

export class CompleteProjectDto {
  /** the completion report (完成情况): what was done, for the residents and the audit */
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  report?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsId({ each: true })
  participantMemberIds?: string[];
}
