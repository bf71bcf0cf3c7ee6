import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { placeFacts } from '../../../party-organizations/party-facts';
import { GetSiteStandardsHandler } from '../get-site-standards/get-site-standards.handler';
import { siteStandardsAggregate } from '../site-standards.decider';
import type { EditSiteChecklistDto } from './edit-site-checklist.dto';

@Injectable()
export class EditSiteChecklistHandler {
  private readonly standards;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: GetSiteStandardsHandler,
  ) {
    this.standards = commands.for(siteStandardsAggregate);
  }

  /** The district's admins edit a level's checklist: a new version, which later ratings name. */
  async execute(districtId: string, dto: EditSiteChecklistDto, context: CommandContext) {
    const district = await placeFacts(this.directory, districtId);
    if (!district) throw new NotFound(`organisation ${districtId} not found`);
    await assertAdminFor(context.actor, districtId, this.directory);
    const items = dto.items.map(({ id, name, description }) => ({
      ...(id ? { id } : {}),
      name: name.trim(),
      description: description.trim(),
    }));
    await this.standards.executeWithRetry(
      districtId,
      { type: 'EditSiteChecklist', districtId, district, level: dto.level, items },
      context,
    );
    return this.query.of(districtId);
  }
}
