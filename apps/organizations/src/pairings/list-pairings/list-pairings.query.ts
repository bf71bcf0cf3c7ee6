import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ID_MAX_LENGTH, PageQuery } from '@gongjian/http';
import type { PairingStatus } from '../pairing.decider';

const STATUSES: PairingStatus[] = ['proposed', 'active', 'ended', 'declined', 'withdrawn'];

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
  @IsIn(STATUSES)
  status?: PairingStatus;
}
