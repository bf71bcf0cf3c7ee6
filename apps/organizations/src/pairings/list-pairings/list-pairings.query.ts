import { IsIn, IsOptional } from 'class-validator';
import { PAIRING_STATUS_CODES, type PairingStatus } from '@gongjian/contracts';
import { OptionalId, PageQuery } from '@gongjian/http';

export class ListPairingsQuery extends PageQuery {
  @OptionalId()
  unitId?: string;

  @OptionalId()
  orgId?: string;

  @IsOptional()
  @IsIn(PAIRING_STATUS_CODES)
  status?: PairingStatus;
}
