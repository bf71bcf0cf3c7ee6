import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { RegisterOrganizationDto } from './register-organization.dto';
import { RegisterOrganizationHandler } from './register-organization.handler';
import { ORGANIZATION } from '../../resources';

@Controller('organizations')
export class RegisterOrganizationController {
  constructor(private readonly handler: RegisterOrganizationHandler) {}

  /** Registers a district, street, community, grid or building under its parent. */
  @Post()
  @HttpCode(201)
  @Returns(ORGANIZATION)
  register(@Body() dto: RegisterOrganizationDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
