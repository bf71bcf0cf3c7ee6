import { IsString, MaxLength } from 'class-validator';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';

export class ListHouseholdsQuery extends PageQuery {
  /** the households of this building or grid (a grid's: its buildings' too) */
  @OptionalId()
  areaId?: string;

  /** the households under this organisation (a community's, a street's) */
  @OptionalId()
  within?: string;

  /** Words of the door. */
  @Optional()
  @IsString()
  @MaxLength(50)
  q?: string;
}
