import { Injectable } from '@nestjs/common';
import {
  GRID_EVENTS,
  ORGANIZATION_EVENTS,
  type OrganizationDissolvedV1,
  type PartyOrganizationDissolvedV1,
} from '@gongjian/contracts';
import { causedBy, type CommandContext, type EventEnvelope, SYSTEM_ACTOR } from '@gongjian/eventing';
import { Commands, ProjectionRegistry, type Reactor } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../read-models';
import { accountAggregate } from './account.decider';

/**
 * Dissolving an organisation (or a party branch, whose member accounts may belong to it: issue
 * 18) disables its accounts (issue 16 item 4), each with AccountDisabled
 * `organization_dissolved`. The dissolve use case calls `disableAccountsOf` before it answers (so
 * the tokens die within the request); this reactor does the same on the event, so a crash between
 * the two still ends with the accounts disabled. Idempotent: the decider appends nothing for an
 * account already disabled.
 */
@Injectable()
export class DissolvedOrganizationReactor implements Reactor {
  readonly name = 'organizations.dissolved-organization-accounts';
  readonly handles = [ORGANIZATION_EVENTS.dissolved, GRID_EVENTS.partyOrgDissolved];
  private readonly accounts;

  constructor(
    commands: Commands,
    private readonly readModels: OrganizationsReadModels,
    registry: ProjectionRegistry,
  ) {
    this.accounts = commands.for(accountAggregate);
    registry.registerReactor(this);
  }

  async react(event: EventEnvelope): Promise<void> {
    const data = event.data as Partial<OrganizationDissolvedV1 & PartyOrganizationDissolvedV1>;
    await this.disableAccountsOf(data.orgId ?? data.partyOrgId!, causedBy(event, { actor: SYSTEM_ACTOR }));
  }

  async disableAccountsOf(orgId: string, context: CommandContext): Promise<void> {
    const accounts = await this.readModels.accounts.find({ orgId });
    for (const account of accounts) {
      const command = {
        type: 'DisableAccount' as const,
        at: new Date().toISOString(),
        reason: 'organization_dissolved' as const,
      };
      await this.accounts.executeWithRetry(account._id, command, { ...context, expectedVersion: undefined });
    }
  }
}
