import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { Filter } from '@gongjian/read-models';
import type { NeedInput, OfferInput } from '../engine/engine';
import { meanByUnit } from '../projects/unit-evaluations.projection';
import type { ProposalDocument } from '../proposals/proposals.projection';
import { MatchingReadModels } from '../read-models';
import { windowEnded } from '../window';

/**
 * What the engine matches, read from the read models: the needs and offers still waiting for a
 * match (open or partly so, something left, window not ended), with the facts their scores need —
 * where they sit in the tree, the unit's pairings and its residents' ratings (DESIGN §5).
 */
@Injectable()
export class MatchingInputs {
  constructor(
    private readonly readModels: MatchingReadModels,
    private readonly directory: Directory,
  ) {}

  async needs(where: Filter): Promise<NeedInput[]> {
    const now = new Date();
    const docs = await this.readModels.needs.find({
      ...where,
      status: { $in: ['open', 'partially_matched'] },
      'remaining.amount': { $gt: 0 },
    });
    const lineages = new Map<string, string[]>();
    const inputs: NeedInput[] = [];
    for (const doc of docs.filter((d) => !windowEnded(d.window.to, now))) {
      if (!lineages.has(doc.communityId)) lineages.set(doc.communityId, await this.directory.lineage(doc.communityId));
      const { _id, communityId, gridId, category, tags, remaining, window, urgency } = doc;
      inputs.push({
        id: _id,
        communityId,
        gridId,
        category,
        tags,
        remaining,
        window,
        urgency,
        lineage: lineages.get(communityId)!,
      });
    }
    return inputs;
  }

  async offers(where: Filter = {}): Promise<OfferInput[]> {
    const now = new Date();
    const docs = await this.readModels.offers.find({
      ...where,
      status: { $in: ['open', 'partially_reserved'] },
      'remaining.amount': { $gt: 0 },
    });
    const pairedByUnit = new Map<string, string[]>();
    const pairings = await this.readModels.pairings.find({ active: true });
    // a unit paired with a grid's party branch (支部结对、网格共建) is paired with the grids it covers
    const branches = await this.directory.entries.find({ _id: { $in: pairings.map((p) => p.orgId) }, kind: 'branch' });
    const covered = new Map(branches.map((b) => [b._id, b.covers ?? []]));
    for (const p of pairings) {
      pairedByUnit.set(p.unitId, [...(pairedByUnit.get(p.unitId) ?? []), p.orgId, ...(covered.get(p.orgId) ?? [])]);
    }
    const live = docs.filter((d) => !windowEnded(d.window.to, now));
    const unitIds = [...new Set(live.map((d) => d.unitId))];
    const evaluations = meanByUnit(await this.readModels.unitEvaluations.find({ unitId: { $in: unitIds } }));
    const lineages = new Map<string, string[]>();
    const inputs: OfferInput[] = [];
    for (const doc of live) {
      // the unit's place in the tree, without the unit itself
      if (!lineages.has(doc.unitId)) lineages.set(doc.unitId, (await this.directory.lineage(doc.unitId)).slice(0, -1));
      const { _id, unitId, category, tags, remaining, window, serviceArea } = doc;
      inputs.push({
        id: _id,
        unitId,
        category,
        tags,
        remaining,
        window,
        serviceArea,
        unitLineage: lineages.get(unitId)!,
        pairedOrgIds: pairedByUnit.get(unitId) ?? [],
        meanEvaluation: evaluations.get(unitId) ?? null,
      });
    }
    return inputs;
  }
}

/**
 * The inputs less what half-accepted proposals hold: a need or offer whose whole remaining
 * quantity awaits the other side's acceptance is left out of the run.
 */
export function withheld<T extends NeedInput | OfferInput>(
  inputs: T[],
  held: ProposalDocument[],
  key: 'needId' | 'offerId',
): T[] {
  const amounts = new Map<string, number>();
  for (const p of held) amounts.set(p[key], (amounts.get(p[key]) ?? 0) + p.quantity.amount);
  return inputs
    .map((input) => {
      const amount = amounts.get(input.id);
      return amount ? { ...input, remaining: { ...input.remaining, amount: input.remaining.amount - amount } } : input;
    })
    .filter((input) => input.remaining.amount > 0);
}
