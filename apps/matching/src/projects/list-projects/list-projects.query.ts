import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PROJECT_STATUS_CODES, type ProjectStatus } from '@gongjian/contracts';
import { ID_MAX_LENGTH, PageQuery } from '@gongjian/http';

export class ListProjectsQuery extends PageQuery {
  @IsOptional()
  @IsIn(PROJECT_STATUS_CODES)
  status?: ProjectStatus;

  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  communityId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  unitId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  needId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  offerId?: string;

  /** A street or district: projects of every community in its subtree. */
  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  orgId?: string;
}
