import { Controller, Get } from '@nestjs/common';
import { GetPointsRulesHandler } from './get-points-rules.handler';
import { Returns } from '@gongjian/http';
import { POINTS_RULES } from '../../resources';

@Controller('points')
export class GetPointsRulesController {
  constructor(private readonly handler: GetPointsRulesHandler) {}

  /** The rule table of 量化积分 and the weights of the 先锋指数: everyone signed in. */
  @Get('rules')
  @Returns(POINTS_RULES)
  rules() {
    return this.handler.execute();
  }
}
