import { Controller, Delete, HttpCode } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { AboutMember } from '../about-member';
import { ErasePersonalDataHandler } from './erase-personal-data.handler';
import { MEMBER } from '../../resources';

@Controller('members')
@AboutMember()
export class ErasePersonalDataController {
  constructor(private readonly handler: ErasePersonalDataHandler) {}

  /** Erasure of the member's personal data (the right to be forgotten): an admin over the branch. */
  @Delete(':id/personal-data')
  @HttpCode(200)
  @Returns(MEMBER)
  erase(@IdParam() id: string, @Command() context: CommandContext) {
    return this.handler.execute(id, context);
  }
}
