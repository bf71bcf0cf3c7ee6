import { Injectable } from '@nestjs/common';
import { Directory, forbid } from '@gongjian/auth';
import { type CommandContext, InvalidStateTransition } from '@gongjian/eventing';
import { VolunteeringReadModels } from '../../read-models';
import { chinaDay, ResidentRegistry } from '../register-resident/resident-registry';
import type { RegisterSelfDto } from './register-self.dto';

/**
 * A `resident` account registers itself as a resident volunteer of its community, consenting
 * today; the record is its own (it signs up, checks in and reads its hours). One per account.
 */
@Injectable()
export class RegisterSelfHandler {
  constructor(
    private readonly registry: ResidentRegistry,
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
  ) {}

  async execute(dto: RegisterSelfDto, context: CommandContext) {
    const { actor } = context;
    if (actor.role !== 'resident' || !actor.orgId)
      forbid('only a resident account registers itself as a resident volunteer');
    const [existing] = await this.readModels.residents.find({ accountId: actor.accountId });
    if (existing)
      throw new InvalidStateTransition(
        'this account is already registered as a resident volunteer',
        { residentId: existing._id },
        'resident_already_registered',
      );
    const communityId = await this.registry.communityOf(this.directory, actor.orgId, 'orgId');
    const consentedOn = chinaDay(Date.now());
    return this.registry.register(
      { name: dto.name, phone: dto.phone, communityId, consentedOn, accountId: actor.accountId },
      context,
    );
  }
}
