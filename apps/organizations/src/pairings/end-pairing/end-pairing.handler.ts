import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { requireSides, today } from '../../relation-sides';
import { ListPairingsHandler } from '../list-pairings/list-pairings.handler';
import { pairingAggregate } from '../pairing.decider';

@Injectable()
export class EndPairingHandler {
  private readonly pairings;

  constructor(
    commands: Commands,
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
    private readonly query: ListPairingsHandler,
  ) {
    this.pairings = commands.for(pairingAggregate);
  }

  /** Either side ends an active pairing (PairingEnded); a proposal is withdrawn or declined instead. */
  async execute(pairingId: string, context: CommandContext) {
    const pairing = await this.readModels.pairings.require(pairingId);
    await requireSides(context.actor, pairing.orgId, pairing.unitId, this.directory);
    await this.pairings.execute(pairingId, { type: 'EndPairing', today: today() }, context);
    return this.query.get(pairingId);
  }
}
