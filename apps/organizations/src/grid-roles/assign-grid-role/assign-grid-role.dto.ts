import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { IsIsoDay, NotWith, Optional, OptionalId, RequiredUnless } from '@gongjian/http';

export class AssignGridRoleDto {
  /** `grid_leader` (网格长), `grid_worker` (网格员), or a code of the district's list (十员) */
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: 'role must be a role code (lower-case letters, digits, "_")' })
  role: string;

  /** the holder, a registered party member … */
  @OptionalId()
  @NotWith('residentName')
  memberId?: string;

  /** … or a resident, by name */
  @RequiredUnless('memberId')
  @NotWith('memberId')
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  residentName?: string;

  /** a 网格长's or 网格员's `grid_worker` account, which reads and acts for the grid while the term runs */
  @OptionalId()
  accountId?: string;

  /** the term's first day */
  @IsIsoDay()
  startsOn: string;

  /** the term's last day (left out: open-ended) */
  @Optional()
  @IsIsoDay()
  endsOn?: string;
}
