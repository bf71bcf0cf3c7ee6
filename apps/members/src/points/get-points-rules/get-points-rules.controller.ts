import { Controller, Get } from '@nestjs/common';
import { GetPointsRulesHandler } from './get-points-rules.handler';

@Controller('points')
export class GetPointsRulesController {
  constructor(private readonly handler: GetPointsRulesHandler) {}

  /** The rule table of 量化积分 and the weights of the 先锋指数: everyone signed in. */
  @Get('rules')
  rules() {
    return this.handler.execute();
  }
}
