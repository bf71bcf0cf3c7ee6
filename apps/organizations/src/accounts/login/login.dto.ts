import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsId } from '@gongjian/http';
import { PASSWORD_MAX_LENGTH } from '../passwords';

export class LoginDto {
  @IsId()
  username: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}
