import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { today } from '../../relation-sides';
import { ListPairingsHandler } from '../list-pairings/list-pairings.handler';
import { pairingAggregate } from '../pairing.decider';
import { answeringSides } from '../pairing.policy';

@Injectable()
export class DeclinePairingHandler {
  private readonly pairings;

  constructor(
    commands: Commands,
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
    private readonly query: ListPairingsHandler,
  ) {
    this.pairings = commands.for(pairingAggregate);
  }

  /** The side that did not propose declines. */
  async execute(pairingId: string, context: CommandContext) {
    const pairing = await this.readModels.pairings.require(pairingId);
    const by = await answeringSides(context.actor, pairing, 'other', 'decline', this.directory);
    await this.pairings.execute(pairingId, { type: 'DeclinePairing', by, today: today() }, context);
    return this.query.get(pairingId);
  }
}
