import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PAIRING_STATUS_CODES, type PairingStatus } from '@gongjian/contracts';
import { ID_MAX_LENGTH, PageQuery } from '@gongjian/http';

export class ListPairingsQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  unitId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  orgId?: string;

  @IsOptional()
  @IsIn(PAIRING_STATUS_CODES)
  status?: PairingStatus;
}
