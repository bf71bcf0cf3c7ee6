import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { placeFacts } from '../../../party-organizations/party-facts';
import { GetSiteStandardsHandler } from '../get-site-standards/get-site-standards.handler';
import { siteStandardsAggregate } from '../site-standards.decider';
import type { SetRatingAuthorityDto } from './set-rating-authority.dto';

@Injectable()
export class SetRatingAuthorityHandler {
  private readonly standards;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: GetSiteStandardsHandler,
  ) {
    this.standards = commands.for(siteStandardsAggregate);
  }

  /** The district's admins say from how many stars a rating is theirs; ratings given stay as they were. */
  async execute(districtId: string, dto: SetRatingAuthorityDto, context: CommandContext) {
    const district = await placeFacts(this.directory, districtId);
    if (!district) throw new NotFound(`organisation ${districtId} not found`);
    await assertAdminFor(context.actor, districtId, this.directory);
    await this.standards.executeWithRetry(
      districtId,
      { type: 'SetSiteRatingAuthority', districtId, district, districtStars: dto.districtStars },
      context,
    );
    return this.query.of(districtId);
  }
}
