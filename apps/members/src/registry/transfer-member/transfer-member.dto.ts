import { IsId } from '@gongjian/http';

export class TransferMemberDto {
  @IsId()
  toBranchId: string;
}
