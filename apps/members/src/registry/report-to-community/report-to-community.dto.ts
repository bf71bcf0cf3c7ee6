import { IsId } from '@gongjian/http';

export class CommunityReportDto {
  @IsId()
  communityId: string;
}
