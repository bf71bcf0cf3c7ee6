import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { CreateAccountDto } from './create-account.dto';
import { CreateAccountHandler } from './create-account.handler';
import { ACCOUNT } from '../../resources';

@Controller('accounts')
export class CreateAccountController {
  constructor(private readonly handler: CreateAccountHandler) {}

  /** An administrator creates an account in its subtree; auditors only by a district admin. */
  @Post()
  @HttpCode(201)
  @Returns(ACCOUNT)
  create(@Body() dto: CreateAccountDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
