import { Injectable } from '@nestjs/common';
import { assertAdminFor, chinaDay, Directory, forbid } from '@gongjian/auth';
import { type Actor, type CommandContext, DomainRuleViolation, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../../read-models';
import { MEETING_LEVELS } from '../session.decider';
import { proposalAggregate, type ProposalKind } from '../proposal.decider';
import { meetingOnDay } from '../sessions.policy';
import type { ProposalDocument } from '../proposals.projection';
import type { SubmitProposalDto } from './submit-proposal.dto';

@Injectable()
export class SubmitProposalHandler {
  private readonly proposals;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: OrganizationsReadModels,
  ) {
    this.proposals = commands.for(proposalAggregate);
  }

  /**
   * A member unit's contact submits its unit's proposal; a party member (role member) of the
   * meeting's area a 党员提案; an admin over the meeting records either on someone's behalf. It
   * waits, pending, until an admin puts it on a session's agenda.
   */
  async execute(orgId: string, dto: SubmitProposalDto, context: CommandContext) {
    const org = await this.readModels.organizations.require(orgId);
    if (!MEETING_LEVELS.includes(org.kind))
      throw new DomainRuleViolation('joint meetings belong to a district, a street or a community', 'invalid_org');
    const { kind, proposedBy } = await this.proposer(context.actor, orgId, dto);
    const proposalId = newId(context);
    const proposal = {
      proposalId,
      orgId,
      kind,
      proposedBy,
      title: dto.title.trim(),
      description: dto.description?.trim() ?? '',
      submittedOn: chinaDay(),
    };
    await this.proposals.execute(proposalId, { type: 'SubmitProposal', proposal }, context);
    return this.readModels.jointMeetingProposals.require(proposalId).then(toProposalResource);
  }

  private async proposer(actor: Actor, orgId: string, dto: SubmitProposalDto) {
    const members = meetingOnDay(await this.readModels.jointMeetings.get(orgId), chinaDay()).membersOnDay;
    if (actor.role === 'unit_contact') {
      if (!actor.orgId || !members.includes(actor.orgId))
        forbid('a unit contact proposes to the joint meetings its unit is a member of');
      return { kind: 'unit_proposal' as ProposalKind, proposedBy: actor.orgId };
    }
    if (actor.role === 'member') {
      if (!actor.orgId || !(await this.directory.isWithin(actor.orgId, orgId)))
        forbid('a party member proposes to the joint meetings of the area of its branch');
      return { kind: 'party_member_proposal' as ProposalKind, proposedBy: actor.accountId };
    }
    await assertAdminFor(actor, orgId, this.directory);
    if (!dto.kind) throw new DomainRuleViolation('name the kind of proposal', 'kind_missing', { field: 'kind' });
    if (!dto.proposedBy)
      throw new DomainRuleViolation('name who proposed it', 'proposer_missing', { field: 'proposedBy' });
    if (dto.kind === 'unit_proposal' && !members.includes(dto.proposedBy))
      throw new DomainRuleViolation('a unit proposal comes from a member unit', 'not_a_member', {
        field: 'proposedBy',
      });
    return { kind: dto.kind, proposedBy: dto.proposedBy };
  }
}

/** A proposal as the API answers it. */
export function toProposalResource(doc: ProposalDocument) {
  const { _id, version, ...rest } = doc;
  return { id: _id, version, ...rest };
}
