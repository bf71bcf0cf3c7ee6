import { IsString, Matches, MaxLength } from 'class-validator';
import { CHECK_IN_CODE_MAX_LENGTH, CHECK_IN_CODE_PATTERN } from './check-in-code';

export class CheckInDto {
  /** the code the organiser's screen shows: the QR's text, or its six digits typed */
  @IsString()
  @MaxLength(CHECK_IN_CODE_MAX_LENGTH)
  @Matches(CHECK_IN_CODE_PATTERN, { message: 'code must be the six digits or the scanned check-in code' })
  code: string;
}
