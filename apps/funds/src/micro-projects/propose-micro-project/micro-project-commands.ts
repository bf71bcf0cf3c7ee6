import { Body, Controller, HttpCode, Injectable, Post } from '@nestjs/common';
import { assertAdminFor, Directory, requireActive } from '@gongjian/auth';
import { type CommandContext, newId } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { Commands } from '@gongjian/runtime';
import { FundsReadModels } from '../../read-models';
import { MICRO_PROJECT } from '../../resources';
import { FundingOf } from '../list-micro-projects/funding-of';
import { microProjectAggregate } from '../micro-project.decider';
import { CancelMicroProjectDto, CompleteMicroProjectDto, ProposeMicroProjectDto } from './propose-micro-project.dto';

/**
 * 微项目: proposed by an admin of the community (or street) that runs it, funded by allocations
 * and 认捐, completed with the residents it served, or cancelled. Only its organisation's admins
 * (and those above) act on it.
 */
@Injectable()
export class MicroProjectCommandsHandler {
  private readonly projects;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: FundsReadModels,
    private readonly funding: FundingOf,
  ) {
    this.projects = commands.for(microProjectAggregate);
  }

  async propose(dto: ProposeMicroProjectDto, context: CommandContext) {
    const org = await requireActive(this.directory, dto.orgId, ['street', 'community'], 'orgId');
    await assertAdminFor(context.actor, org._id, this.directory);
    const microProjectId = newId(context);
    const project = {
      microProjectId,
      orgId: org._id,
      name: dto.name.trim(),
      description: dto.description?.trim() ?? '',
      plannedBeneficiaries: dto.plannedBeneficiaries,
    };
    await this.projects.execute(microProjectId, { type: 'Propose', project }, context);
    return this.funding.microProject(microProjectId);
  }

  async complete(id: string, dto: CompleteMicroProjectDto, context: CommandContext) {
    await this.authorize(id, context);
    const command = { type: 'Complete' as const, ...dto, summary: dto.summary.trim() };
    await this.projects.execute(id, command, context);
    return this.funding.microProject(id);
  }

  async cancel(id: string, reason: string, context: CommandContext) {
    await this.authorize(id, context);
    await this.projects.execute(id, { type: 'Cancel', reason: reason.trim() }, context);
    return this.funding.microProject(id);
  }

  private async authorize(id: string, context: CommandContext) {
    const project = await this.readModels.microProjects.require(id);
    await assertAdminFor(context.actor, project.orgId, this.directory);
  }
}

@Controller('micro-projects')
export class MicroProjectCommandsController {
  constructor(private readonly handler: MicroProjectCommandsHandler) {}

  @Post()
  @HttpCode(201)
  @Returns(MICRO_PROJECT)
  propose(@Body() dto: ProposeMicroProjectDto, @Command() context: CommandContext) {
    return this.handler.propose(dto, context);
  }

  /** 结项: how many residents it served, counted now. */
  @Post(':id/complete')
  @HttpCode(200)
  @Returns(MICRO_PROJECT)
  complete(@IdParam() id: string, @Body() dto: CompleteMicroProjectDto, @Command() context: CommandContext) {
    return this.handler.complete(id, dto, context);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Returns(MICRO_PROJECT)
  cancel(@IdParam() id: string, @Body() dto: CancelMicroProjectDto, @Command() context: CommandContext) {
    return this.handler.cancel(id, dto.reason, context);
  }
}
