import { Injectable } from '@nestjs/common';
import { chinaDay, Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { OrganizationsReadModels } from '../../../read-models';
import { assertMayReadSessions } from '../sessions.policy';

/** The sessions of the joint meeting of an organisation, newest first, with their open and overdue items. */
@Injectable()
export class ListSessionsHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
  ) {}

  async list(orgId: string, actor: Actor) {
    await this.readModels.organizations.require(orgId);
    await assertMayReadSessions(actor, orgId, this.directory, this.readModels.jointMeetings);
    const today = chinaDay();
    const docs = await this.readModels.jointMeetingSessions.find({ orgId });
    const items = docs
      .sort((a, b) => b.heldOn.localeCompare(a.heldOn) || b._id.localeCompare(a._id))
      .map((doc) => {
        const open = doc.actionItems.filter((a) => a.status === 'open');
        return {
          id: doc._id,
          heldOn: doc.heldOn,
          place: doc.place,
          title: doc.title,
          status: doc.status,
          decisions: doc.decisions.length,
          openActionItems: open.length,
          overdueActionItems: open.filter((a) => a.dueOn.slice(0, 10) < today).length,
        };
      });
    return { orgId, items };
  }
}
