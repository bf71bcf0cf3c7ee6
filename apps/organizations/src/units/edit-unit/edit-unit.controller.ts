import { Body, Controller, Patch } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam } from '@gongjian/http';
import { EditUnitDto } from './edit-unit.dto';
import { EditUnitHandler } from './edit-unit.handler';

@Controller('units')
export class EditUnitController {
  constructor(private readonly handler: EditUnitHandler) {}

  /** Renames a unit, changes its sector, or records that it moved to another community or street. */
  @Patch(':id')
  edit(@IdParam() id: string, @Body() dto: EditUnitDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
