import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { MEMBER_STATUS_CODES, type MemberStatus } from '@gongjian/contracts';

export class ChangeStatusDto {
  @IsIn(MEMBER_STATUS_CODES)
  status: MemberStatus;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
