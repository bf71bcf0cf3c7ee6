import { IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '@gongjian/auth';
import { IsId, Optional } from '@gongjian/http';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../passwords';

export class CreateAccountDto {
  @Matches(/^[a-z0-9][a-z0-9._-]{2,39}$/, {
    message: 'username must be 3–40 lowercase letters, digits, dot, dash or underscore',
  })
  username: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @IsIn(ROLES)
  role: Role;

  /** The organisation (or, for a unit contact, the unit) the account belongs to. */
  @IsId()
  orgId: string;

  @Optional()
  @IsString()
  @MaxLength(50)
  displayName?: string;
}
