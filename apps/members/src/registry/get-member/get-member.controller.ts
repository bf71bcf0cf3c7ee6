import { Controller, Get } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { GetMemberHandler } from './get-member.handler';
import { MEMBER } from '../../resources';

@Controller('members')
export class GetMemberController {
  constructor(private readonly handler: GetMemberHandler) {}

  /** One member as the caller may see it: the full resource or a reduced view (members.policy.ts). */
  @Get(':id')
  @Returns(MEMBER)
  get(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
