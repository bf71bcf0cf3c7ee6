import { IsIn } from 'class-validator';
import { PROJECT_STATUS_CODES, type ProjectStatus } from '@gongjian/contracts';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';

export class ListProjectsQuery extends PageQuery {
  @Optional()
  @IsIn(PROJECT_STATUS_CODES)
  status?: ProjectStatus;

  @OptionalId()
  communityId?: string;

  @OptionalId()
  unitId?: string;

  @OptionalId()
  needId?: string;

  @OptionalId()
  offerId?: string;

  /** A street or district: projects of every community in its subtree. */
  @OptionalId()
  orgId?: string;
}
