import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { assertAdminFor } from '@gongjian/auth';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { Command, PageQuery, paginate, IsId, OptionalId } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore, type Filter } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { v7 as uuidv7 } from 'uuid';
import { type WishDocument, wishesProjection } from '../read-models';
import { type MemberIdsViewer, VolunteeringTree } from '../volunteering.tree';
import { type WishCommand, wishDecider, wishStreamId } from './wish.decider';

export class PostWishDto {
  @IsId() communityId: string;
  @IsString() @IsNotEmpty() @MaxLength(100) title: string;
  @IsOptional() @IsString() @MaxLength(1000) description?: string;
}

export class ClaimWishDto {
  @IsId() memberId: string;
}

export class FulfilWishDto {
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class ListWishesQuery extends PageQuery {
  @OptionalId() communityId?: string;
  /** the communities of this organisation's whole subtree (a street's, a district's) */
  @OptionalId() orgId?: string;
  @IsOptional() @IsIn(['open', 'claimed', 'done', 'fulfilled']) status?: string;
}

/**
 * The wish as its query returns it: who claimed it (a member id) only to the community's admins
 * and the auditor; others see the status, and a member account `self.claimed` (issue 16 item 5).
 */
export function wishResource({ _id, claimedBy, ...rest }: WishDocument, viewer: MemberIdsViewer) {
  if (viewer.full) return { id: _id, ...rest, claimedBy };
  if (!viewer.self) return { id: _id, ...rest };
  return { id: _id, ...rest, self: { memberId: viewer.self, claimed: claimedBy === viewer.self } };
}

/** 微心愿: post, claim (one member at a time), release, fulfil, confirm → MicroWishFulfilled. */
@Controller('micro-wishes')
export class WishesController {
  constructor(
    private readonly runtime: Runtime,
    private readonly tree: VolunteeringTree,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  private get wishes() {
    return this.documents.collection<WishDocument>(wishesProjection.collection);
  }

  private async require(id: string): Promise<WishDocument> {
    const doc = await this.wishes.get(id);
    if (!doc) throw new NotFound(`micro-wish ${id} not found`);
    return doc;
  }

  @Post()
  @HttpCode(201)
  async post(@Body() dto: PostWishDto, @Command() ctx: CommandContext) {
    const community = await this.tree.requireOrg(dto.communityId, ['community'], 'communityId');
    await assertAdminFor(ctx.actor, community._id, this.tree);
    const wishId = uuidv7();
    const details = {
      wishId,
      communityId: community._id,
      title: dto.title.trim(),
      description: dto.description?.trim() ?? '',
    };
    await this.runtime.execute(wishStreamId(wishId), wishDecider, { type: 'PostWish', details }, ctx);
    return this.get(wishId, ctx);
  }

  @Get()
  async list(@Query() query: ListWishesQuery, @Command() ctx: CommandContext) {
    const filter: Filter[] = [];
    if (query.orgId) filter.push({ communityId: { $in: await this.tree.subtreeIds(query.orgId) } });
    if (query.communityId) filter.push({ communityId: query.communityId });
    if (query.status) filter.push({ status: query.status });
    const page = await paginate(this.wishes, filter.length ? { $and: filter } : {}, query);
    const self = await this.tree.selfOf(ctx.actor);
    const items = await Promise.all(
      page.items.map(async (w) => wishResource(w, await this.tree.viewer(ctx.actor, w.communityId, self))),
    );
    return { items, nextCursor: page.nextCursor };
  }

  @Get(':id')
  async get(@Param('id') id: string, @Command() ctx: CommandContext) {
    const wish = await this.require(id);
    return wishResource(wish, await this.tree.viewer(ctx.actor, wish.communityId));
  }

  @Post(':id/claim')
  @HttpCode(200)
  async claim(@Param('id') id: string, @Body() dto: ClaimWishDto, @Command() ctx: CommandContext) {
    const wish = await this.require(id);
    const eligibility = await this.tree.mayServeIn(dto.memberId, wish.communityId);
    return this.act(wish, ctx, { type: 'ClaimWish', memberId: dto.memberId, eligibility });
  }

  @Post(':id/release')
  @HttpCode(200)
  async release(@Param('id') id: string, @Command() ctx: CommandContext) {
    return this.act(await this.require(id), ctx, { type: 'ReleaseWish' });
  }

  /** The claimer has done it (recorded by the community on their word). */
  @Post(':id/fulfil')
  @HttpCode(200)
  async fulfil(@Param('id') id: string, @Body() dto: FulfilWishDto, @Command() ctx: CommandContext) {
    return this.act(await this.require(id), ctx, { type: 'MarkDone', note: dto.note?.trim() ?? '' });
  }

  /** The community confirms with the resident: MicroWishFulfilled, and the claimer's points. */
  @Post(':id/confirm')
  @HttpCode(200)
  async confirm(@Param('id') id: string, @Command() ctx: CommandContext) {
    return this.act(await this.require(id), ctx, { type: 'ConfirmWish', now: new Date().toISOString() });
  }

  private async act(wish: WishDocument, ctx: CommandContext, command: WishCommand) {
    await assertAdminFor(ctx.actor, wish.communityId, this.tree);
    await this.runtime.executeWithRetry(wishStreamId(wish._id), wishDecider, command, ctx);
    return this.get(wish._id, ctx);
  }
}
