import { Body, Controller, HttpCode, Patch } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { EditUnitDto } from './edit-unit.dto';
import { EditUnitHandler } from './edit-unit.handler';
import { UNIT } from '../../resources';

@Controller('units')
export class EditUnitController {
  constructor(private readonly handler: EditUnitHandler) {}

  /** Renames a unit, changes its sector, or records that it moved to another community or street. */
  @Patch(':id')
  @HttpCode(200)
  @Returns(UNIT)
  edit(@IdParam() id: string, @Body() dto: EditUnitDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
