import { Injectable } from '@nestjs/common';
import { AssessmentReadModels } from '../read-models';
import { Tally } from '../scoring/tally';

/**
 * The live facts of assessment: the service's input log (the public events it counts, one document
 * each) folded into a Tally, in the order they happened. Folded again only when the log grew.
 */
@Injectable()
export class History {
  private cached: { count: number; tally: Tally } | null = null;

  constructor(private readonly readModels: AssessmentReadModels) {}

  async tally(): Promise<Tally> {
    const count = await this.readModels.inputs.count();
    if (this.cached?.count === count) return this.cached.tally;
    const inputs = await this.readModels.inputs.find({}, { sort: { occurredAt: 1, position: 1 } });
    const tally = new Tally();
    for (const input of inputs) tally.apply(input);
    this.cached = { count, tally };
    return tally;
  }
}
