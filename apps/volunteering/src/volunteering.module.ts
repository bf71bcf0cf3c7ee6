import { Module } from '@nestjs/common';
import { orgDirectoryProjection } from '@gongjian/auth';
import { ProjectionRegistry } from '@gongjian/runtime';
import { ActivitiesController } from './activities/activities.controller';
import { volunteerMembersProjection } from './members.projection';
import { activitiesProjection, rotationsProjection, teamsProjection, wishesProjection } from './read-models';
import { TeamsController } from './teams/teams.controller';
import { VolunteeringTree } from './volunteering.tree';
import { WishesController } from './wishes/wishes.controller';

/** The read models of the volunteering service (the audit service replays them too). */
export const VOLUNTEERING_PROJECTIONS = [
  activitiesProjection,
  wishesProjection,
  teamsProjection,
  rotationsProjection,
  volunteerMembersProjection,
  orgDirectoryProjection('volunteering'),
];

/** 志愿服务: teams and rotation, 招募令 with verified hours, 微心愿 (DESIGN §2–§4). */
@Module({
  controllers: [ActivitiesController, WishesController, TeamsController],
  providers: [VolunteeringTree],
})
export class VolunteeringModule {
  constructor(registry: ProjectionRegistry) {
    registry.register(...VOLUNTEERING_PROJECTIONS);
  }
}
