import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { assertAdminFor, assertMayActFor, seesMemberIdsOf } from '@gongjian/auth';
import { MATCHING_EVENTS } from '@gongjian/contracts';
import { causedBy, type CommandContext, NotFound } from '@gongjian/eventing';
import { Command, ID_MAX_LENGTH, PageQuery, paginate } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore, type Filter } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { MatchingTree } from '../matching.tree';
import { needDecider, needStreamId } from '../needs/need.decider';
import { checkParticipants } from './participants';
import { projectDecider, type ProjectStatus, projectStreamId } from './project.decider';
import { PROJECTS_COLLECTION, type ProjectDocument, toProjectResource } from './projects.projection';

export class CompleteProjectDto {
  /** the completion report (完成情况): what was done, for the residents and the audit */
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  report?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(ID_MAX_LENGTH, { each: true })
  participantMemberIds?: string[];
}

export class EvaluateProjectDto {
  @IsInt()
  @Min(1)
  @Max(5)
  score: number;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

export class ListProjectsQuery extends PageQuery {
  @IsOptional()
  @IsIn(['planned', 'in_progress', 'completed'])
  status?: ProjectStatus;

  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  communityId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  unitId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  needId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  offerId?: string;

  /** A street or district: projects of every community in its subtree. */
  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  orgId?: string;
}

/** 项目清单: co-build projects from accepted proposals, their lifecycle and resident evaluations. */
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly runtime: Runtime,
    private readonly tree: MatchingTree,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  private get projects() {
    return this.documents.collection<ProjectDocument>(PROJECTS_COLLECTION);
  }

  /** The region's project list is for everyone signed in; participants' ids only to its organisers. */
  @Get()
  async list(@Query() query: ListProjectsQuery, @Command() ctx: CommandContext) {
    const filter: Filter = await this.tree.communityFilter(query.orgId, query.communityId);
    for (const key of ['status', 'unitId', 'needId', 'offerId'] as const) if (query[key]) filter[key] = query[key];
    const page = await paginate(this.projects, filter, query);
    const items = await Promise.all(page.items.map((p) => this.resource(p, ctx)));
    return { items, nextCursor: page.nextCursor };
  }

  @Get(':id')
  async get(@Param('id') id: string, @Command() ctx: CommandContext) {
    return this.resource(await this.project(id), ctx);
  }

  private async resource(project: ProjectDocument, ctx: CommandContext) {
    const sees = await seesMemberIdsOf(ctx.actor, [project.communityId, project.unitId], this.tree);
    return toProjectResource(project, sees);
  }

  /** Either side starts the work: the unit (contact) or the community (admin). */
  @Post(':id/start')
  @HttpCode(200)
  async start(@Param('id') id: string, @Command() ctx: CommandContext) {
    await this.assertEitherSide(await this.project(id), ctx);
    await this.runtime.execute(projectStreamId(id), projectDecider, { type: 'StartProject' }, ctx);
    return this.get(id, ctx);
  }

  /** Completion with a report; the need records the quantity as served (fulfilled once all is served). */
  @Post(':id/complete')
  @HttpCode(200)
  async complete(@Param('id') id: string, @Body() dto: CompleteProjectDto, @Command() ctx: CommandContext) {
    const project = await this.project(id);
    await this.assertEitherSide(project, ctx);
    const participants = await checkParticipants(dto.participantMemberIds ?? [], project, this.documents, this.tree);
    const command = { type: 'CompleteProject' as const, report: dto.report ?? '', participants };
    const { events } = await this.runtime.execute(projectStreamId(id), projectDecider, command, ctx);
    // the project flow on the bus records it too, should this process die right here: once
    await this.runtime.executeWithRetry(
      needStreamId(project.needId),
      needDecider,
      { type: 'RecordNeedServed', projectId: id, quantity: project.quantity },
      causedBy(
        events.find((e) => e.type === MATCHING_EVENTS.projectCompleted),
        ctx,
      ),
    );
    return this.get(id, ctx);
  }

  /**
   * Residents' evaluation (1–5), recorded by an admin over the project's community (the community
   * side speaks for the residents); only on a completed project, and once (a second one is 409).
   */
  @Post(':id/evaluations')
  @HttpCode(201)
  async evaluate(@Param('id') id: string, @Body() dto: EvaluateProjectDto, @Command() ctx: CommandContext) {
    const project = await this.project(id);
    await assertAdminFor(ctx.actor, project.communityId, this.tree);
    await this.runtime.execute(
      projectStreamId(id),
      projectDecider,
      { type: 'EvaluateProject', score: dto.score, comment: dto.comment ?? '' },
      ctx,
    );
    return this.get(id, ctx);
  }

  private async assertEitherSide(project: ProjectDocument, ctx: CommandContext): Promise<void> {
    try {
      await assertMayActFor(ctx.actor, project.unitId, this.tree);
    } catch {
      await assertAdminFor(ctx.actor, project.communityId, this.tree);
    }
  }

  private async project(id: string): Promise<ProjectDocument> {
    const doc = await this.projects.get(id);
    if (!doc) throw new NotFound(`project ${id} not found`);
    return doc;
  }
}
