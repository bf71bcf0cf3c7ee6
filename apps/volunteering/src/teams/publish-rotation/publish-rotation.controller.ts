import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { PublishRotationDto } from './publish-rotation.dto';
import { PublishRotationHandler } from './publish-rotation.handler';
import { ROTATION } from '../../resources';

@Controller('rotations')
export class PublishRotationController {
  constructor(private readonly handler: PublishRotationHandler) {}

  /** Publishes the quarter's schedule: every grid under orgId to one team, loads within one. */
  @Post()
  @HttpCode(201)
  @Returns(ROTATION)
  publishRotation(@Body() dto: PublishRotationDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
