import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory, requireActive } from '@gongjian/auth';
import { type CommandContext, NotFound, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VOLUNTEER_KIND_CODES } from '@gongjian/contracts';
import { activityAggregate, type ActivityDetails } from '../activity.decider';
import { DEFAULT_HOURS_VERIFICATION, DEFAULT_OPEN_TO } from '../attendance';
import { ListActivitiesHandler } from '../list-activities/list-activities.handler';
import type { PublishActivityDto } from './publish-activity.dto';

@Injectable()
export class PublishActivityHandler {
  private readonly activities;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: ListActivitiesHandler,
  ) {
    this.activities = commands.for(activityAggregate);
  }

  /**
   * An admin over an active grid or community recruits (招募令); the activity is filed under the
   * community the organiser belongs to (itself, or the grid's), which its members serve. It says
   * who may sign up (members, residents, social organisations) and how hours are verified.
   */
  async execute(dto: PublishActivityDto, context: CommandContext) {
    const org = await requireActive(this.directory, dto.orgId, ['grid', 'community'], 'orgId');
    await assertAdminFor(context.actor, org._id, this.directory);
    const community = await this.directory.nearest(org._id, 'community');
    if (!community) throw new NotFound(`no community above ${org._id}`);
    const activityId = newId(context);
    const details: ActivityDetails = {
      activityId,
      orgId: org._id,
      communityId: community._id,
      title: dto.title.trim(),
      description: dto.description?.trim() ?? '',
      category: dto.category,
      place: dto.place?.trim() ?? '',
      startsAt: new Date(dto.startsAt).toISOString(),
      endsAt: new Date(dto.endsAt).toISOString(),
      slots: dto.slots,
      pointsPerHour: dto.pointsPerHour,
      openTo: VOLUNTEER_KIND_CODES.filter((kind) => (dto.openTo ?? DEFAULT_OPEN_TO).includes(kind)),
      hoursVerification: dto.hoursVerification ?? DEFAULT_HOURS_VERIFICATION,
    };
    await this.activities.execute(activityId, { type: 'PublishActivity', details }, context);
    return this.query.get(activityId, context.actor);
  }
}
