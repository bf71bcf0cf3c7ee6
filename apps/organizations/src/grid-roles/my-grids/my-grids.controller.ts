import { Controller, Get } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { MY_GRIDS } from '../../resources';
import { MyGridsHandler } from './my-grids.handler';

@Controller('accounts')
export class MyGridsController {
  constructor(private readonly handler: MyGridsHandler) {}

  /** The grids the signed-in grid worker works today, with its terms there (empty for other accounts). */
  @Get('me/grids')
  @Returns(MY_GRIDS)
  mine(@Command() context: CommandContext) {
    return this.handler.execute(context.actor);
  }
}
