import { Controller, Get } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { ReadPersonalDataHandler } from './read-personal-data.handler';
import { PERSONAL_DATA } from '../../resources';

@Controller('members')
export class ReadPersonalDataController {
  constructor(private readonly handler: ReadPersonalDataHandler) {}

  /** The clear phone, ID number and address: administrators in scope only; gone once erased. */
  @Get(':id/personal-data')
  @Returns(PERSONAL_DATA)
  read(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
