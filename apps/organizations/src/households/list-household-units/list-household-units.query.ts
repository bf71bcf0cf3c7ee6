import { IsString, MaxLength } from 'class-validator';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';

export class ListHouseholdUnitsQuery extends PageQuery {
  /** the units of this building or grid (a grid's: its buildings' too) */
  @OptionalId()
  areaId?: string;

  /** the units under this organisation (a community's, a street's) */
  @OptionalId()
  within?: string;

  /** the unit a household is in */
  @OptionalId()
  householdId?: string;

  /** Words in the name. */
  @Optional()
  @IsString()
  @MaxLength(50)
  q?: string;
}
