import { IsId } from '@gongjian/http';

export class MoveOrganizationDto {
  @IsId()
  parentId: string;
}
