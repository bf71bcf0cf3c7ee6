import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { HOUSEHOLD_UNIT } from '../../resources';
import { RecordDutyDto } from './record-duty.dto';
import { RecordDutyHandler } from './record-duty.handler';

@Controller('household-units')
export class RecordDutyController {
  constructor(private readonly handler: RecordDutyHandler) {}

  /** Records a duty the month's 轮值户 did (五联创建). */
  @Post(':id/duties')
  @HttpCode(201)
  @Returns(HOUSEHOLD_UNIT)
  record(@IdParam() id: string, @Body() dto: RecordDutyDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
