import { IsIsoDay } from '@gongjian/http';

export class EndGridRoleDto {
  /** the term's last day now (before the one it had) */
  @IsIsoDay()
  endsOn: string;
}
