import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VolunteeringReadModels } from '../../read-models';
import { assertActsForResident } from '../../volunteering.policy';
import { residentAggregate } from '../resident.decider';
import { residentResource } from '../resident.resource';

/**
 * A resident withdraws their consent (themself, or an admin over their community who received
 * it): from then on the record shows no name or phone, and they sign up for nothing more.
 */
@Injectable()
export class WithdrawConsentHandler {
  private readonly residents;

  constructor(
    commands: Commands,
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
  ) {
    this.residents = commands.for(residentAggregate);
  }

  async execute(residentId: string, context: CommandContext) {
    const resident = await this.readModels.residents.require(residentId);
    await assertActsForResident(context.actor, resident, this.directory);
    await this.residents.execute(residentId, { type: 'WithdrawConsent', at: new Date().toISOString() }, context);
    return residentResource(await this.readModels.residents.require(residentId));
  }
}
