import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { EndAppointmentHandler } from './end-appointment.handler';
import { PART_TIME_MEMBERS } from '../../resources';

@Controller('organizations/:id')
export class EndAppointmentController {
  constructor(private readonly handler: EndAppointmentHandler) {}

  /** Either side ends an appointment: the committee, or the unit recalling its person. */
  @Post('part-time-members/:appointmentId/end')
  @HttpCode(200)
  @Returns(PART_TIME_MEMBERS)
  end(@IdParam() id: string, @IdParam('appointmentId') appointmentId: string, @Command() context: CommandContext) {
    return this.handler.execute(id, appointmentId, context);
  }
}
