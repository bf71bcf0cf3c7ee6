import { Injectable } from '@nestjs/common';
import { OrganizationsReadModels } from '../../read-models';

/** The 兼职委员 of a street's or community's committee, as every account reads them. */
@Injectable()
export class ListPartTimeMembersHandler {
  constructor(private readonly readModels: OrganizationsReadModels) {}

  async partTimeMembers(orgId: string) {
    const doc = await this.readModels.jointMeetings.get(orgId);
    return { orgId, items: doc?.partTimeMembers ?? [] };
  }
}
