import { ArrayMaxSize, IsArray, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
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

  /** how many residents it served (人次), counted at completion: the fund report's beneficiaries */
  @Optional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  beneficiaries?: number;
}
