import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { FormTeamDto } from './form-team.dto';
import { FormTeamHandler } from './form-team.handler';
import { TEAM } from '../../resources';

@Controller('teams')
export class FormTeamController {
  constructor(private readonly handler: FormTeamHandler) {}

  @Post()
  @HttpCode(201)
  @Returns(TEAM)
  form(@Body() dto: FormTeamDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
