import { IsId } from '@gongjian/http';

export class ConfirmAccountDto {
  /** the member record an admin proposed to link to the calling account */
  @IsId()
  memberId: string;
}
