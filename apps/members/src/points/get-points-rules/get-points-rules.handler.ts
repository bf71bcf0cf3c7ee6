import { Injectable } from '@nestjs/common';
import { PIONEER_WEIGHTS, POINTS_RULE_TABLE } from '../rules';

/** Points come only from verified events of other services: this is how many, and what they weigh. */
@Injectable()
export class GetPointsRulesHandler {
  execute() {
    return { points: POINTS_RULE_TABLE, pioneerWeights: PIONEER_WEIGHTS };
  }
}
