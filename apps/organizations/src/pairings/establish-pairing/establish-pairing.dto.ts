import { IsId } from '@gongjian/http';

export class EstablishPairingDto {
  @IsId()
  unitId: string;

  /** The grid or community. */
  @IsId()
  orgId: string;
}
