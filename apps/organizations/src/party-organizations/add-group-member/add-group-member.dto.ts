import { IsId } from '@gongjian/http';

export class AddGroupMemberDto {
  /** a party member whose branch is the party group's */
  @IsId()
  memberId: string;
}
