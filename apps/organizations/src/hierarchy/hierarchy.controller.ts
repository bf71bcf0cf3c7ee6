import { Body, Controller, ForbiddenException, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { assertAdminFor } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation, NotFound } from '@gongjian/eventing';
import { Command, paginate } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore, type Filter } from '@gongjian/read-models';
import { OPEN_NEEDS_COLLECTION, type OpenNeedDocument } from './open-needs.projection';
import { Runtime } from '@gongjian/runtime';
import { v7 as uuidv7 } from 'uuid';
import { DissolvedOrganizationReactor } from '../accounts/dissolved-organization.reactor';
import { OrganizationsTree, toOrgResource } from '../organizations.tree';
import { organizationDecider, organizationStreamId, type ParentFacts } from './organization.decider';
import {
  ListOrganizationsQuery,
  MoveOrganizationDto,
  RegisterOrganizationDto,
  RenameOrganizationDto,
} from './organization.dto';

/**
 * The hierarchy (district → street → community → grid → building): register, rename, move,
 * dissolve (which disables the organisation's accounts), read.
 */
@Controller('organizations')
export class HierarchyController {
  constructor(
    private readonly runtime: Runtime,
    private readonly tree: OrganizationsTree,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    private readonly dissolvedAccounts: DissolvedOrganizationReactor,
  ) {}

  /** Needs per community, folded from the matching service's public events. */
  private get openNeeds() {
    return this.documents.collection<OpenNeedDocument>(OPEN_NEEDS_COLLECTION);
  }

  @Post()
  @HttpCode(201)
  async register(@Body() dto: RegisterOrganizationDto, @Command() ctx: CommandContext) {
    const parent = dto.parentId ? await this.parentFacts(dto.parentId) : null;
    if (parent) await assertAdminFor(ctx.actor, parent.id, this.tree);
    else if (ctx.actor.orgId !== null || ctx.actor.role !== 'district_admin') {
      throw new ForbiddenException({
        statusCode: 403,
        error: 'Forbidden',
        message: 'only the bootstrap administrator registers districts',
      });
    }
    const orgId = uuidv7();
    const command = { type: 'RegisterOrganization' as const, orgId, name: dto.name.trim(), kind: dto.kind, parent };
    await this.runtime.execute(organizationStreamId(orgId), organizationDecider, command, ctx);
    return this.get(orgId);
  }

  @Get()
  async list(@Query() query: ListOrganizationsQuery) {
    const filter: Filter = { kind: query.kind ?? { $ne: 'unit' } };
    if (query.parentId) filter.parentId = query.parentId;
    const page = await paginate(this.tree.entries, filter, query);
    return { items: page.items.map(toOrgResource), nextCursor: page.nextCursor };
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const org = await this.tree.get(id);
    if (!org || org.kind === 'unit') throw new NotFound(`organisation ${id} not found`);
    return { ...toOrgResource(org), lineage: await this.tree.lineage(id) };
  }

  /** The whole subtree, nested, with the units located in each organisation and their counts. */
  @Get(':id/tree')
  async subtree(@Param('id') id: string) {
    const root = await this.get(id);
    const ids = await this.tree.subtreeIds(id, { includeUnits: true });
    const entries = await this.tree.entries.find({ _id: { $in: ids } }, { sort: { _id: 1 } });
    type Node = ReturnType<typeof toOrgResource> & {
      children: Node[];
      units: ReturnType<typeof toOrgResource>[];
      counts?: object;
    };
    const nodes = new Map<string, Node>(
      entries.filter((e) => e.kind !== 'unit').map((e) => [e._id, { ...toOrgResource(e), children: [], units: [] }]),
    );
    for (const e of entries) {
      if (e._id === id || !e.parentId) continue;
      const parent = nodes.get(e.parentId);
      if (e.kind === 'unit') parent?.units.push(toOrgResource(e));
      else parent?.children.push(nodes.get(e._id)!);
    }
    const needs = await this.openNeeds.find({ communityId: { $in: ids }, open: true });
    const needsAt = (orgId: string) => needs.filter((n) => n.communityId === orgId).length;
    const count = (node: Node): { organizations: number; units: number; openNeeds: number } => {
      const below = node.children.map(count);
      const totals = {
        organizations: node.children.length + below.reduce((n, c) => n + c.organizations, 0),
        units: node.units.length + below.reduce((n, c) => n + c.units, 0),
        openNeeds: needsAt(node.id) + below.reduce((n, c) => n + c.openNeeds, 0),
      };
      node.counts = totals;
      return totals;
    };
    const tree = nodes.get(id)!;
    count(tree);
    return { ...tree, lineage: root.lineage };
  }

  @Post(':id/rename')
  @HttpCode(200)
  async rename(@Param('id') id: string, @Body() dto: RenameOrganizationDto, @Command() ctx: CommandContext) {
    await assertAdminFor(ctx.actor, id, this.tree);
    await this.runtime.execute(
      organizationStreamId(id),
      organizationDecider,
      { type: 'RenameOrganization', name: dto.name.trim() },
      ctx,
    );
    return this.get(id);
  }

  /** Re-parents an organisation; the acting admin must hold both the old and the new place. */
  @Post(':id/move')
  @HttpCode(200)
  async move(@Param('id') id: string, @Body() dto: MoveOrganizationDto, @Command() ctx: CommandContext) {
    await assertAdminFor(ctx.actor, id, this.tree);
    const newParent = await this.parentFacts(dto.parentId);
    await assertAdminFor(ctx.actor, newParent.id, this.tree);
    await this.runtime.execute(
      organizationStreamId(id),
      organizationDecider,
      { type: 'MoveOrganization', newParent },
      ctx,
    );
    return this.get(id);
  }

  @Post(':id/dissolve')
  @HttpCode(200)
  async dissolve(@Param('id') id: string, @Command() ctx: CommandContext) {
    await assertAdminFor(ctx.actor, id, this.tree);
    const activeChildren = await this.tree.entries.count({ parentId: id, kind: { $ne: 'unit' }, status: 'active' });
    const activeUnits = await this.tree.entries.count({ parentId: id, kind: 'unit', status: 'active' });
    const openNeeds = await this.openNeeds.count({ communityId: id, open: true });
    const command = { type: 'DissolveOrganization' as const, activeChildren, activeUnits, openNeeds };
    await this.runtime.execute(organizationStreamId(id), organizationDecider, command, ctx);
    // its accounts end with it, before this answers (the reactor repeats it on the event)
    await this.dissolvedAccounts.disableAccountsOf(id, ctx);
    return this.get(id);
  }

  private async parentFacts(parentId: string): Promise<ParentFacts> {
    const parent = await this.tree.get(parentId);
    if (!parent || parent.kind === 'unit') {
      throw new DomainRuleViolation(`parent organisation ${parentId} does not exist`, 'unknown_parent', {
        field: 'parentId',
      });
    }
    return { id: parent._id, kind: parent.kind, status: parent.status, lineage: await this.tree.lineage(parentId) };
  }
}
