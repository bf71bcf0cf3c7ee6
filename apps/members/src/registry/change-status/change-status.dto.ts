import { IsIn, IsString, MaxLength } from 'class-validator';
import { MEMBER_STATUS_CODES, type MemberStatus } from '@gongjian/contracts';
import { Optional } from '@gongjian/http';

export class ChangeStatusDto {
  @IsIn(MEMBER_STATUS_CODES)
  status: MemberStatus;

  @Optional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
