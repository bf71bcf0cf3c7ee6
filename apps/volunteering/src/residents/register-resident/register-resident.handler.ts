import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation } from '@gongjian/eventing';
import type { RegisterResidentDto } from './register-resident.dto';
import { chinaDay, ResidentRegistry } from './resident-registry';

/** An admin over the community registers a resident volunteer who signed the consent form. */
@Injectable()
export class RegisterResidentHandler {
  constructor(
    private readonly registry: ResidentRegistry,
    private readonly directory: Directory,
  ) {}

  async execute(dto: RegisterResidentDto, context: CommandContext) {
    const communityId = await this.registry.communityOf(this.directory, dto.communityId, 'communityId');
    await assertAdminFor(context.actor, communityId, this.directory);
    if (dto.consentedOn > chinaDay(Date.now()))
      throw new DomainRuleViolation('consentedOn lies in the future', 'consent_in_future', { field: 'consentedOn' });
    return this.registry.register(
      { name: dto.name, phone: dto.phone, communityId, consentedOn: dto.consentedOn, accountId: null },
      context,
    );
  }
}
