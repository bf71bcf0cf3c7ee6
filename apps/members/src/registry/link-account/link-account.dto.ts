import { IsId } from '@gongjian/http';

export class LinkAccountDto {
  /** the id (= username) of a login account with the role `member` (POST /accounts) */
  @IsId()
  accountId: string;
}
