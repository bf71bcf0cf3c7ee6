import { Injectable } from '@nestjs/common';
import { OrganizationsReadModels } from '../../read-models';

/** The joint meeting (联席会议) of a street or community, as every account reads it. */
@Injectable()
export class GetJointMeetingHandler {
  constructor(private readonly readModels: OrganizationsReadModels) {}

  /** Members with their status, and the pending invitations and applications (empty when none yet). */
  async jointMeeting(orgId: string) {
    const doc = await this.readModels.jointMeetings.get(orgId);
    const members = (doc?.members ?? []).map((m) => ({ ...m, status: m.leftOn ? 'left' : 'active' }));
    const branchOf = doc?.branchOf ?? null;
    return { orgId, version: doc?.version ?? -1, members, pending: doc?.pending ?? [], branchOf };
  }
}
