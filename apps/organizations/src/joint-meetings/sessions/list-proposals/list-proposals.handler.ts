import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import type { Filter } from '@gongjian/read-models';
import { OrganizationsReadModels } from '../../../read-models';
import { toProposalResource } from '../submit-proposal/submit-proposal.handler';

/**
 * The proposals to a joint meeting, oldest first: every one for the admins over its organisation
 * and the auditor; a unit's contact and a party member see those they submitted.
 */
@Injectable()
export class ListProposalsHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
  ) {}

  async list(orgId: string, actor: Actor, status?: 'pending' | 'scheduled') {
    await this.readModels.organizations.require(orgId);
    const filter: Filter = { orgId };
    if (actor.role === 'unit_contact' || actor.role === 'member') filter.submittedBy = actor.accountId;
    else if (actor.role !== 'auditor') await assertAdminFor(actor, orgId, this.directory);
    if (status) filter.status = status;
    const docs = await this.readModels.jointMeetingProposals.find(filter);
    const items = docs
      .sort((a, b) => a.submittedOn.localeCompare(b.submittedOn) || a._id.localeCompare(b._id))
      .map(toProposalResource);
    return { orgId, items };
  }
}
