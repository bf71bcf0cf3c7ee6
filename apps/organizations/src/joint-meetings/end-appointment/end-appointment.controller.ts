import { Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam } from '@gongjian/http';
import { EndAppointmentHandler } from './end-appointment.handler';

@Controller('organizations/:id')
export class EndAppointmentController {
  constructor(private readonly handler: EndAppointmentHandler) {}

  /** Either side ends an appointment: the committee, or the unit recalling its person. */
  @Post('part-time-members/:appointmentId/end')
  @HttpCode(200)
  end(@IdParam() id: string, @IdParam('appointmentId') appointmentId: string, @Command() context: CommandContext) {
    return this.handler.execute(id, appointmentId, context);
  }
}
