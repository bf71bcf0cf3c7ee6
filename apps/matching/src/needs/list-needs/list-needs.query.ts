import { IsIn, IsString, MaxLength } from 'class-validator';
import {
  CATEGORY_CODES,
  type Category,
  NEED_STATUS_CODES,
  type NeedStatus,
  URGENCY_CODES,
  type Urgency,
} from '@gongjian/contracts';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';

export class ListNeedsQuery extends PageQuery {
  @OptionalId()
  communityId?: string;

  @Optional()
  @IsIn(NEED_STATUS_CODES)
  status?: NeedStatus;

  @Optional()
  @IsIn(CATEGORY_CODES)
  category?: Category;

  /** One grid's needs (a grid worker's home counts them, issue 18). */
  @OptionalId()
  gridId?: string;

  /** A street or district: needs of every community in its subtree. */
  @OptionalId()
  orgId?: string;

  @Optional()
  @IsIn(URGENCY_CODES)
  urgency?: Urgency;

  /** Words in the title, description or tags. */
  @Optional()
  @IsString()
  @MaxLength(50)
  q?: string;
}
