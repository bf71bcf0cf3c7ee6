import { IsId } from '@gongjian/http';

export class TeamMemberDto {
  @IsId() memberId: string;
}
