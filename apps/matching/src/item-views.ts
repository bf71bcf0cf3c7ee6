import { Injectable } from '@nestjs/common';
import { assertAdminFor, assertMayActFor, Directory, type DirectoryEntry, seesMemberIdsOf } from '@gongjian/auth';
import { type Actor, Forbidden } from '@gongjian/eventing';
import { type NeedDocument, toNeedResource } from './needs/needs.projection';
import { type OfferDocument, toOfferResource } from './offers/offers.projection';
import { assertMayActForEitherSide } from './projects/project.policy';
import { type ProjectDocument, toProjectResource } from './projects/projects.projection';
import { mayActForSide, type Side } from './proposals/proposal.policy';
import { type ProposalDocument, toProposalResource } from './proposals/proposals.projection';
import { MatchingReadModels } from './read-models';

/** What the caller may do with a need now: edit it (open), cancel it (open or partly matched). */
export type NeedAction = 'edit' | 'cancel';
/** … with an offer: edit it (open), withdraw it (until withdrawn or expired). */
export type OfferAction = 'edit' | 'withdraw';
/** … with a pending proposal, for each side it may act for: accept (until that side has), reject. */
export type ProposalAction = `${'accept' | 'reject'}_${Side}`;
/** … with a project: start (planned), complete (in progress), evaluate (completed, not yet rated). */
export type ProjectAction = 'start' | 'complete' | 'evaluate';

/** A need as a list of proposals or a to-do shows it beside the proposal: what, how much, when, where. */
export interface NeedSummary {
  title: string;
  quantity: NeedDocument['quantity'];
  remaining: NeedDocument['remaining'];
  window: NeedDocument['window'];
  urgency: NeedDocument['urgency'];
  status: NeedDocument['status'];
  communityName: string | null;
  gridName: string | null;
}

/** An offer beside a proposal or an alternative: what, how much, when, whose. */
export interface OfferSummary {
  title: string;
  capacity: OfferDocument['capacity'];
  remaining: OfferDocument['remaining'];
  window: OfferDocument['window'];
  status: OfferDocument['status'];
  unitName: string | null;
}

/** A policy's answer as yes or no: its Forbidden is "no", any other error is an error. */
async function allows(check: () => Promise<unknown>): Promise<boolean> {
  try {
    await check();
    return true;
  } catch (error) {
    if (error instanceof Forbidden) return false;
    throw error;
  }
}

/** The directory for one request: each organisation read once, however many items ask about it. */
function requestDirectory(directory: Directory): Directory {
  const seen = new Map<string, Promise<DirectoryEntry | null>>();
  return new Directory({
    get: (id) => {
      if (!seen.has(id)) seen.set(id, directory.get(id));
      return seen.get(id)!;
    },
    find: (filter, options) => directory.entries.find(filter, options),
    count: (filter) => directory.entries.count(filter),
  });
}

/**
 * The items of matching's lists as one caller reads them (issue 17): beside each id the name it
 * stands for (matching's copy of the directory: organisations and units), beside a proposal the
 * need and offer it pairs, and `actions` — what this caller may do with the item now, decided by
 * the same policy functions and states the commands check, so the console offers each role the
 * buttons that will work and no others.
 */
@Injectable()
export class ItemViews {
  constructor(
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
  ) {}

  /** The views of one request's caller (names and policy answers kept for the request). */
  for(actor: Actor): CallerViews {
    return new CallerViews(actor, requestDirectory(this.directory), this.readModels);
  }
}

export class CallerViews {
  private readonly needDocs = new Map<string, Promise<NeedDocument | null>>();
  private readonly offerDocs = new Map<string, Promise<OfferDocument | null>>();

  constructor(
    readonly actor: Actor,
    private readonly directory: Directory,
    private readonly readModels: MatchingReadModels,
  ) {}

  /** The name of an organisation or unit, null for none (or one the directory does not know). */
  async name(id: string | null | undefined): Promise<string | null> {
    return id ? ((await this.directory.get(id))?.name ?? null) : null;
  }

  async need(doc: NeedDocument) {
    const [communityName, gridName, actions] = await Promise.all([
      this.name(doc.communityId),
      this.name(doc.gridId),
      this.needActions(doc),
    ]);
    return { ...toNeedResource(doc), communityName, gridName, actions };
  }

  async offer(doc: OfferDocument) {
    const [unitName, actions] = await Promise.all([this.name(doc.unitId), this.offerActions(doc)]);
    return { ...toOfferResource(doc), unitName, actions };
  }

  async proposal(doc: ProposalDocument) {
    const [communityName, unitName, need, offer, actions] = await Promise.all([
      this.name(doc.communityId),
      this.name(doc.unitId),
      this.needSummary(doc.needId),
      this.offerSummary(doc.offerId),
      this.proposalActions(doc),
    ]);
    return { ...toProposalResource(doc), communityName, unitName, need, offer, actions };
  }

  async project(doc: ProjectDocument) {
    const [communityName, unitName, sees, actions] = await Promise.all([
      this.name(doc.communityId),
      this.name(doc.unitId),
      seesMemberIdsOf(this.actor, [doc.communityId, doc.unitId], this.directory),
      this.projectActions(doc),
    ]);
    return { ...toProjectResource(doc, sees), communityName, unitName, actions };
  }

  async needSummary(needId: string): Promise<NeedSummary | null> {
    if (!this.needDocs.has(needId)) this.needDocs.set(needId, this.readModels.needs.get(needId));
    const need = await this.needDocs.get(needId)!;
    if (!need) return null;
    const [communityName, gridName] = await Promise.all([this.name(need.communityId), this.name(need.gridId)]);
    const { title, quantity, remaining, window, urgency, status } = need;
    return { title, quantity, remaining, window, urgency, status, communityName, gridName };
  }

  async offerSummary(offerId: string): Promise<OfferSummary | null> {
    if (!this.offerDocs.has(offerId)) this.offerDocs.set(offerId, this.readModels.offers.get(offerId));
    const offer = await this.offerDocs.get(offerId)!;
    if (!offer) return null;
    const { title, capacity, remaining, window, status } = offer;
    return { title, capacity, remaining, window, status, unitName: await this.name(offer.unitId) };
  }

  /** As EditNeedHandler and CancelNeedHandler check: an admin over the need's community, in the need's state. */
  async needActions(need: Pick<NeedDocument, 'communityId' | 'status'>): Promise<NeedAction[]> {
    if (!(await allows(() => assertAdminFor(this.actor, need.communityId, this.directory)))) return [];
    const actions: NeedAction[] = [];
    if (need.status === 'open') actions.push('edit');
    if (need.status === 'open' || need.status === 'partially_matched') actions.push('cancel');
    return actions;
  }

  /** As EditOfferHandler and WithdrawOfferHandler check: the unit's contact or an admin above the unit. */
  async offerActions(offer: Pick<OfferDocument, 'unitId' | 'status'>): Promise<OfferAction[]> {
    if (offer.status === 'withdrawn' || offer.status === 'expired') return [];
    if (!(await allows(() => assertMayActFor(this.actor, offer.unitId, this.directory)))) return [];
    return offer.status === 'open' ? ['edit', 'withdraw'] : ['withdraw'];
  }

  /** As AcceptProposalHandler and RejectProposalHandler check (`sideOf`), side by side. */
  async proposalActions(
    proposal: Pick<ProposalDocument, 'communityId' | 'unitId' | 'status' | 'acceptedBy'>,
  ): Promise<ProposalAction[]> {
    if (proposal.status !== 'pending') return [];
    const actions: ProposalAction[] = [];
    for (const side of ['community', 'unit'] as const) {
      if (!(await allows(() => mayActForSide(this.directory, this.actor, proposal, side)))) continue;
      if (!proposal.acceptedBy.includes(side)) actions.push(`accept_${side}`);
      actions.push(`reject_${side}`);
    }
    return actions;
  }

  /** As the project's handlers check: either side starts and completes; the community side evaluates, once. */
  async projectActions(project: ProjectDocument): Promise<ProjectAction[]> {
    if (project.status === 'completed') {
      if (project.evaluations.length > 0) return [];
      const evaluates = await allows(() => assertAdminFor(this.actor, project.communityId, this.directory));
      return evaluates ? ['evaluate'] : [];
    }
    if (!(await allows(() => assertMayActForEitherSide(this.directory, this.actor, project)))) return [];
    return project.status === 'planned' ? ['start'] : ['complete'];
  }
}
