import { IsId } from '@gongjian/http';

export class StartRunDto {
  @IsId()
  scopeOrgId: string;
}
