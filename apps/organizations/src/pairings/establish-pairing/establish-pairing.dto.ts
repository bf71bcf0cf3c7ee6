import { IsId } from '@gongjian/http';

export class EstablishPairingDto {
  @IsId()
  unitId: string;

  /** The grid, community or party branch (网格党支部). */
  @IsId()
  orgId: string;
}
