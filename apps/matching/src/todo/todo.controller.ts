import { Controller, Get, Query } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { TODO } from '../resources';
import { TodoHandler } from './todo.handler';
import { TodoQuery } from './todo.query';

@Controller('matching/todo')
export class TodoController {
  constructor(private readonly handler: TodoHandler) {}

  /** 今日待办 of the caller: each block's total counted on the server, with its first items. */
  @Get()
  @Returns(TODO)
  todo(@Query() query: TodoQuery, @Command() context: CommandContext) {
    return this.handler.todo(query, context.actor);
  }
}
