import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Optional, PageQuery } from '@gongjian/http';
import { NAMED_KINDS } from '../../audit-streams.projection';

export class SearchStreamsQuery extends PageQuery {
  /** Words of a title or a name: a need's title, a member's, a unit's or an organisation's name… */
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  q: string;

  /** Only subjects of this kind (`matching.need`, `members.member`, `organizations.unit`…). */
  @Optional()
  @IsIn(NAMED_KINDS)
  kind?: string;
}
