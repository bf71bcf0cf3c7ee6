import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command } from '@gongjian/http';
import { FormTeamDto } from './form-team.dto';
import { FormTeamHandler } from './form-team.handler';

@Controller('teams')
export class FormTeamController {
  constructor(private readonly handler: FormTeamHandler) {}

  @Post()
  @HttpCode(201)
  form(@Body() dto: FormTeamDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
