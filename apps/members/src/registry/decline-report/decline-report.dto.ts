import { IsString, MaxLength } from 'class-validator';
import { Optional } from '@gongjian/http';

export class DeclineReportDto {
  /** why the community declines (shown to the member) */
  @Optional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
