import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { JOINT_MEETING } from '../../resources';
import { MarkBranchDto } from './mark-branch.dto';
import { MarkBranchHandler } from './mark-branch.handler';

@Controller('organizations/:id/joint-meeting')
export class MarkBranchController {
  constructor(private readonly handler: MarkBranchHandler) {}

  /** Marks a street's joint meeting as a branch (分会) of its district's council. */
  @Post('branch-of')
  @HttpCode(200)
  @Returns(JOINT_MEETING)
  mark(@IdParam() id: string, @Body() dto: MarkBranchDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
