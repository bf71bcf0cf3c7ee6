import { IsIn } from 'class-validator';
import { PAIRING_STATUS_CODES, type PairingStatus } from '@gongjian/contracts';
import { Optional, OptionalId, PageQuery } from '@gongjian/http';

export class ListPairingsQuery extends PageQuery {
  @OptionalId()
  unitId?: string;

  @OptionalId()
  orgId?: string;

  /** Pairings with this organisation or any below it (a community's and its grids'). */
  @OptionalId()
  within?: string;

  @Optional()
  @IsIn(PAIRING_STATUS_CODES)
  status?: PairingStatus;
}
