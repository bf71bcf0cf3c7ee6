import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory, forbid, isAdmin } from '@gongjian/auth';
import { type Actor, NotFound } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { VolunteeringReadModels } from '../../read-models';
import { assertMayReadResident } from '../../volunteering.policy';
import { residentResource } from '../resident.resource';
import type { ListResidentsQuery } from './list-residents.query';

/**
 * The resident volunteers: a community's list to the admins over it and the auditor (people,
 * not the notice board: no other account lists them), one record to those and to the resident.
 */
@Injectable()
export class ListResidentsHandler {
  constructor(
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
  ) {}

  async list(query: ListResidentsQuery, actor: Actor) {
    if (actor.role !== 'auditor' && !isAdmin(actor)) forbid('only administrators and the auditor list residents');
    const orgId = query.orgId ?? actor.orgId;
    if (orgId && actor.role !== 'auditor') await assertAdminFor(actor, orgId, this.directory);
    const filter: Filter = orgId ? { communityId: { $in: await this.directory.subtreeIds(orgId) } } : {};
    const page = await paginate(this.readModels.residents, filter, query);
    return { items: page.items.map(residentResource), nextCursor: page.nextCursor, total: page.total };
  }

  async get(residentId: string, actor: Actor) {
    const resident = await this.readModels.residents.require(residentId);
    await assertMayReadResident(actor, resident, this.directory);
    return residentResource(resident);
  }

  /** A resident account's own record (404 before it registered itself). */
  async me(actor: Actor) {
    if (actor.role !== 'resident') forbid('only a resident account has a resident record of its own');
    const [resident] = await this.readModels.residents.find({ accountId: actor.accountId });
    if (!resident) throw new NotFound('this account has not registered as a resident volunteer (POST /residents/me)');
    return residentResource(resident);
  }
}
