import { IsString, MaxLength } from 'class-validator';

export class RecordMinutesDto {
  /** 会议纪要 — the minutes as text; recorded again replaces them */
  @IsString()
  @MaxLength(20000)
  minutes: string;
}
