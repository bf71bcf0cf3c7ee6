import { Injectable } from '@nestjs/common';
import { Directory, isAdmin } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import type { Filter, ReadModel, ReadModelDocument } from '@gongjian/read-models';
import { communityFilter } from '../area';
import { type CallerViews, ItemViews } from '../item-views';
import { MatchingReadModels } from '../read-models';
import type { TodoQuery } from './todo.query';

/** One block of the to-do: how many there are in all, and the newest of them. */
export interface Block<T> {
  total: number;
  items: T[];
}

/**
 * 今日待办 (issue 17): what the caller has to do in matching, each block counted on the server
 * over the caller's whole scope — an admin's area (a community, or a street's or district's
 * subtree; the region for the bootstrap admin), a unit contact's unit — and listed newest first
 * with the names and actions of the lists, in one request. A block that is not the caller's role's
 * is null (a member or an auditor has none).
 * - admins: open needs no pending proposal covers; proposals awaiting the community side; projects
 *   to start, to complete and to evaluate;
 * - a unit contact: proposals awaiting the unit side; its projects to start and to complete; its
 *   offers still open to proposals.
 */
@Injectable()
export class TodoHandler {
  constructor(
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
    private readonly views: ItemViews,
  ) {}

  async todo(query: TodoQuery, actor: Actor) {
    const limit = query.limit ?? 8;
    const views = this.views.for(actor);
    const { proposals, projects, offers } = this.readModels;
    const proposal = (p: Parameters<CallerViews['proposal']>[0]) => views.proposal(p);
    const project = (p: Parameters<CallerViews['project']>[0]) => views.project(p);
    const none = {
      side: null,
      openNeeds: null,
      awaiting: null,
      toStart: null,
      toComplete: null,
      toEvaluate: null,
      myOffers: null,
    };
    if (actor.role === 'unit_contact' && actor.orgId) {
      const unit = { unitId: actor.orgId };
      const [awaiting, toStart, toComplete, myOffers] = await Promise.all([
        block(proposals, { ...unit, status: 'pending', acceptedBy: { $nin: ['unit'] } }, limit, proposal),
        block(projects, { ...unit, status: 'planned' }, limit, project),
        block(projects, { ...unit, status: 'in_progress' }, limit, project),
        block(offers, { ...unit, status: { $in: ['open', 'partially_reserved'] } }, limit, (o) => views.offer(o)),
      ]);
      return { ...none, side: 'unit' as const, awaiting, toStart, toComplete, myOffers };
    }
    if (!isAdmin(actor)) return none;
    const area: Filter = actor.orgId ? await communityFilter(this.directory, actor.orgId, undefined) : {};
    const [openNeeds, awaiting, toStart, toComplete, toEvaluate] = await Promise.all([
      this.unproposedNeeds(area, limit, views),
      block(proposals, { ...area, status: 'pending', acceptedBy: { $nin: ['community'] } }, limit, proposal),
      block(projects, { ...area, status: 'planned' }, limit, project),
      block(projects, { ...area, status: 'in_progress' }, limit, project),
      block(projects, { ...area, status: 'completed', evaluations: { $size: 0 } }, limit, project),
    ]);
    return { ...none, side: 'community' as const, openNeeds, awaiting, toStart, toComplete, toEvaluate };
  }

  /** Open needs of the area that no pending proposal covers yet: the ones waiting for a run or an offer. */
  private async unproposedNeeds(area: Filter, limit: number, views: CallerViews) {
    const proposed = new Set(
      (await this.readModels.proposals.find({ ...area, status: 'pending' })).map((p) => p.needId),
    );
    const open = await this.readModels.needs.find({ ...area, status: 'open' }, { sort: { _id: -1 } });
    const waiting = open.filter((n) => !proposed.has(n._id));
    return { total: waiting.length, items: await Promise.all(waiting.slice(0, limit).map((n) => views.need(n))) };
  }
}

/** The total of `filter` and its `limit` newest items as `view` shows them. */
async function block<D extends ReadModelDocument, T>(
  model: ReadModel<D>,
  filter: Filter,
  limit: number,
  view: (doc: D) => Promise<T>,
): Promise<Block<T>> {
  const [total, docs] = await Promise.all([model.count(filter), model.find(filter, { sort: { _id: -1 }, limit })]);
  return { total, items: await Promise.all(docs.map(view)) };
}
