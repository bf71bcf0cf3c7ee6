import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LinkAccountDto {
  /** the id (= username) of a login account with the role `member` (POST /accounts) */
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  accountId: string;
}
