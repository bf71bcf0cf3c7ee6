import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ID_MAX_LENGTH, PageQuery } from '@gongjian/http';
import type { ProjectStatus } from '../project.decider';

export class ListProjectsQuery extends PageQuery {
  @IsOptional()
  @IsIn(['planned', 'in_progress', 'completed'])
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
