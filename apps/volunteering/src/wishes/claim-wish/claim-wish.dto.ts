import { IsId } from '@gongjian/http';

export class ClaimWishDto {
  @IsId() memberId: string;
}
