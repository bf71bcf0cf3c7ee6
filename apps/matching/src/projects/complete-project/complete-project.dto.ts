import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';
import { IsId, Optional } from '@gongjian/http';

export class CompleteProjectDto {
  /** the completion report (完成情况): what was done, for the residents and the audit */
  @Optional()
  @IsString()
  @MaxLength(5000)
  report?: string;

  @Optional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsId({ each: true })
  participantMemberIds?: string[];
}
