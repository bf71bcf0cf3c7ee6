import { Equals, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { IsId, IsIsoDay } from '@gongjian/http';

/** Mainland mobile (11 digits from 1) or a landline with its area code (as members' phones). */
export const RESIDENT_PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;
export const PHONE_MESSAGE = 'phone must be a mobile number (11 digits) or a landline with its area code';

/** A resident volunteer an admin registers, with the consent form they signed. */
export class RegisterResidentDto {
  @IsString() @IsNotEmpty() @MaxLength(50) name: string;
  /** kept masked (138****5678); the full number is never stored */
  @IsString() @Matches(RESIDENT_PHONE, { message: PHONE_MESSAGE }) phone: string;
  /** the community (or one of its grids) the resident lives in */
  @IsId() communityId: string;
  /** the resident agreed to the data kept (name, masked phone, community, hours served) */
  @Equals(true, { message: 'consent must be true: a resident is registered only with their consent' })
  consent: boolean;
  /** the day they signed the consent form */
  @IsIsoDay() consentedOn: string;
}
