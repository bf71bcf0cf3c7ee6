import { Module } from '@nestjs/common';
import { ProjectionRegistry } from '@gongjian/runtime';
import { ActivitiesController } from './activities/activities.controller';
import { VOLUNTEERING_PROJECTIONS } from './read-models';
import { TeamsController } from './teams/teams.controller';
import { VolunteeringTree } from './volunteering.tree';
import { WishesController } from './wishes/wishes.controller';

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
