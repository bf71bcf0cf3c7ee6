import { Injectable } from '@nestjs/common';
import { forbid } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { type PageQuery, paginate } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { VolunteeringReadModels } from '../../read-models';
import { residentOf, selfOf } from '../../volunteering.policy';
import { activityResource } from '../activity.resource';

/**
 * 我的活动 (issue 18, a volunteer's phone): the activities the caller's own member or resident
 * record is signed up for or has verified hours in — a cancelled sign-up drops out, served hours
 * stay — and the hours verified for it over all of them, added up on the server. A member account
 * not linked yet and a resident account not registered yet have none; any other account has no
 * activities of its own (403).
 */
@Injectable()
export class ListOwnActivitiesHandler {
  constructor(private readonly readModels: VolunteeringReadModels) {}

  async execute(query: PageQuery, actor: Actor) {
    if (actor.role !== 'member' && actor.role !== 'resident')
      forbid('only a member’s or a resident’s own account has activities of its own');
    const [self, resident] = [await selfOf(actor, this.readModels), await residentOf(actor, this.readModels)];
    const filter = ownFilter(self, resident);
    if (!filter) return { items: [], nextCursor: null, total: 0, verifiedHours: 0 };
    const [page, all] = await Promise.all([
      paginate(this.readModels.activities, filter, query),
      this.readModels.activities.find(filter),
    ]);
    const mine = (a: (typeof all)[number]) =>
      self
        ? (a.attendance.find((x) => x.memberId === self)?.hours ?? 0)
        : ((a.residentAttendance ?? []).find((x) => x.residentId === resident)?.hours ?? 0);
    return {
      items: page.items.map((a) => activityResource(a, { full: false, self, resident })),
      nextCursor: page.nextCursor,
      total: page.total,
      verifiedHours: all.reduce((sum, a) => sum + mine(a), 0),
    };
  }
}

/** The activities of one member or one resident: signed up now, or served (attendance recorded). */
function ownFilter(self: string | null, resident: string | null): Filter | null {
  if (self) return { $or: [{ signedUp: self }, { 'attendance.memberId': self }] };
  if (resident) return { $or: [{ residents: resident }, { 'residentAttendance.residentId': resident }] };
  return null;
}
