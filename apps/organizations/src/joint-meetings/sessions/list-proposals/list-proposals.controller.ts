import { Controller, Get, Query } from '@nestjs/common';
import { IsIn } from 'class-validator';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Optional, Returns } from '@gongjian/http';
import { JOINT_MEETING_PROPOSALS } from '../sessions.resources';
import { ListProposalsHandler } from './list-proposals.handler';

export class ListMeetingProposalsQuery {
  @Optional()
  @IsIn(['pending', 'scheduled'])
  status?: 'pending' | 'scheduled';
}

@Controller('organizations/:id/joint-meeting')
export class ListProposalsController {
  constructor(private readonly handler: ListProposalsHandler) {}

  /** Proposals to the joint meeting (党员提案, units' proposals): pending, or on a session's agenda. */
  @Get('proposals')
  @Returns(JOINT_MEETING_PROPOSALS)
  proposals(@IdParam() id: string, @Query() query: ListMeetingProposalsQuery, @Command() context: CommandContext) {
    return this.handler.list(id, context.actor, query.status);
  }
}
