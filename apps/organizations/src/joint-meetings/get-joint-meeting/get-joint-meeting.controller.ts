import { Controller, Get } from '@nestjs/common';
import { IdParam, Returns } from '@gongjian/http';
import { GetJointMeetingHandler } from './get-joint-meeting.handler';
import { JOINT_MEETING } from '../../resources';

@Controller('organizations/:id')
export class GetJointMeetingController {
  constructor(private readonly handler: GetJointMeetingHandler) {}

  /** Confirmed members (past ones with `leftOn`), and apart from them the proposals awaiting an answer. */
  @Get('joint-meeting')
  @Returns(JOINT_MEETING)
  jointMeeting(@IdParam() id: string) {
    return this.handler.jointMeeting(id);
  }
}
