import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { assertMayActFor } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation, NotFound, newId } from '@gongjian/eventing';
import { Command, paginate } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore, type Filter } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { MatchingTree } from '../matching.tree';
import { textFilter } from '@gongjian/read-models';
import { RunMatchingHandler } from '../runs/run-matching.handler';
import { type OfferChanges, offerDecider, offerStreamId } from './offer.decider';
import { EditOfferDto, ListOffersQuery, PostOfferDto, WithdrawOfferDto } from './offers.dto';
import { OFFERS_COLLECTION, type OfferDocument, toOfferResource } from './offers.projection';

/** A unit's resource list (资源清单): its contact (or an admin above the unit) posts and withdraws. */
@Controller('offers')
export class OffersController {
  constructor(
    private readonly runtime: Runtime,
    private readonly tree: MatchingTree,
    private readonly runs: RunMatchingHandler,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  private get offers() {
    return this.documents.collection<OfferDocument>(OFFERS_COLLECTION);
  }

  @Post()
  @HttpCode(201)
  async post(@Body() dto: PostOfferDto, @Command() ctx: CommandContext) {
    const unit = await this.tree.requireActive(dto.unitId, 'unit', 'unitId');
    await assertMayActFor(ctx.actor, unit._id, this.tree);
    await this.checkServiceArea(unit._id, dto.serviceArea);
    const offerId = newId(ctx);
    const details = {
      unitId: unit._id,
      title: dto.title.trim(),
      description: dto.description?.trim() ?? '',
      category: dto.category,
      tags: [...new Set((dto.tags ?? []).map((t) => t.trim()).filter(Boolean))],
      capacity: { amount: dto.capacity.amount, unit: dto.capacity.unit },
      window: { from: dto.window.from, to: dto.window.to },
      serviceArea: [...new Set(dto.serviceArea)],
    };
    await this.runtime.execute(
      offerStreamId(offerId),
      offerDecider,
      { type: 'PostOffer', offerId, details, now: new Date().toISOString() },
      ctx,
    );
    await this.runs.proposeFor({ offerId }, ctx);
    return this.get(offerId);
  }

  /** Edits an offer while it is still open (nothing reserved); 409 afterwards. */
  @Patch(':id')
  @HttpCode(200)
  async edit(@Param('id') id: string, @Body() dto: EditOfferDto, @Command() ctx: CommandContext) {
    const offer = await this.get(id);
    await assertMayActFor(ctx.actor, offer.unitId, this.tree);
    const changes: OfferChanges = {};
    if (dto.title !== undefined) changes.title = dto.title.trim();
    if (dto.description !== undefined) changes.description = dto.description.trim();
    if (dto.tags !== undefined) changes.tags = [...new Set(dto.tags.map((t) => t.trim()).filter(Boolean))];
    if (dto.capacity) changes.capacity = { amount: dto.capacity.amount, unit: dto.capacity.unit };
    if (dto.window) changes.window = { from: dto.window.from, to: dto.window.to };
    if (dto.serviceArea) {
      await this.checkServiceArea(offer.unitId, dto.serviceArea);
      changes.serviceArea = [...new Set(dto.serviceArea)];
    }
    await this.runtime.execute(
      offerStreamId(id),
      offerDecider,
      { type: 'EditOffer', changes, now: new Date().toISOString() },
      ctx,
    );
    return this.get(id);
  }

  /** Every service-area organisation must be active and lie in the unit's district. */
  private async checkServiceArea(unitId: string, area: string[]): Promise<void> {
    const district = (await this.tree.lineage(unitId))[0];
    for (const orgId of area) {
      const org = await this.tree.get(orgId);
      if (!org || org.kind === 'unit' || org.status !== 'active') {
        throw new DomainRuleViolation(`service area ${orgId} is not an active organisation`, 'invalid_service_area', {
          field: 'serviceArea',
        });
      }
      if (!(await this.tree.isWithin(orgId, district))) {
        throw new DomainRuleViolation(
          `service area ${orgId} lies outside the unit's district`,
          'service_area_outside_district',
          {
            field: 'serviceArea',
          },
        );
      }
    }
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  async withdraw(@Param('id') id: string, @Body() dto: WithdrawOfferDto, @Command() ctx: CommandContext) {
    const offer = await this.get(id);
    await assertMayActFor(ctx.actor, offer.unitId, this.tree);
    await this.runtime.execute(
      offerStreamId(id),
      offerDecider,
      { type: 'WithdrawOffer', reason: dto.reason ?? '' },
      ctx,
    );
    return this.get(id);
  }

  @Get()
  async list(@Query() query: ListOffersQuery) {
    const filter: Filter = {};
    if (query.unitId) filter.unitId = query.unitId;
    if (query.status) filter.status = query.status;
    if (query.category) filter.category = query.category;
    if (query.q?.trim()) Object.assign(filter, textFilter(query.q, ['title', 'description', 'tags']));
    const page = await paginate(this.offers, filter, query);
    return { items: page.items.map(toOfferResource), nextCursor: page.nextCursor };
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const doc = await this.offers.get(id);
    if (!doc) throw new NotFound(`offer ${id} not found`);
    return toOfferResource(doc);
  }
}
