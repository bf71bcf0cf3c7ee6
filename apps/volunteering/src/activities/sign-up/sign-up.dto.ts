import { IsId } from '@gongjian/http';

export class SignUpDto {
  @IsId() memberId: string;
}
