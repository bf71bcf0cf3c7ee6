import { Equals, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { PHONE_MESSAGE, RESIDENT_PHONE } from '../register-resident/register-resident.dto';

/** A resident account registers itself as a volunteer, consenting on the day. */
export class RegisterSelfDto {
  @IsString() @IsNotEmpty() @MaxLength(50) name: string;
  /** kept masked (138****5678); the full number is never stored */
  @IsString() @Matches(RESIDENT_PHONE, { message: PHONE_MESSAGE }) phone: string;
  /** I agree to the data kept (name, masked phone, community, hours served) */
  @Equals(true, { message: 'consent must be true: a resident is registered only with their consent' })
  consent: boolean;
}
