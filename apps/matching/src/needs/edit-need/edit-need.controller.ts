import { Body, Controller, HttpCode, Patch } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { EditNeedDto } from './edit-need.dto';
import { EditNeedHandler } from './edit-need.handler';
import { NEED } from '../../resources';

@Controller('needs')
export class EditNeedController {
  constructor(private readonly handler: EditNeedHandler) {}

  /** Edits a need while it is still open (nothing reserved); 409 afterwards. */
  @Patch(':id')
  @HttpCode(200)
  @Returns(NEED)
  edit(@IdParam() id: string, @Body() dto: EditNeedDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
