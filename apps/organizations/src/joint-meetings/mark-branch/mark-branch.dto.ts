import { IsId } from '@gongjian/http';

export class MarkBranchDto {
  /** the district whose joint meeting (the council) the street's meeting is a branch (分会) of */
  @IsId()
  councilOrgId: string;
}
