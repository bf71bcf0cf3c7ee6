import { Injectable } from '@nestjs/common';
import { AssessmentReadModels, type InputDocument } from '../read-models';
import { Tally } from '../scoring/tally';

interface Folded {
  tally: Tally;
  /** how many inputs the tally holds */
  count: number;
  /** the time of the latest input folded, and the inputs of that very time (to tell them from new ones) */
  lastAt: string;
  atLast: Set<string>;
}

const ORDER = { sort: { occurredAt: 1, position: 1, _id: 1 } } as const;

/**
 * The live facts of assessment: the service's input log (the public events it counts, one document
 * each) folded into a Tally in the order they happened. Kept between requests and brought up to
 * date with the inputs that came since — folded from scratch only when one arrived that happened
 * before the latest folded (late delivery), so that the fold stays in the order of the events.
 * One fold at a time: concurrent requests wait for the same one.
 */
@Injectable()
export class History {
  private folded: Folded | null = null;
  private running: Promise<Tally> | null = null;

  constructor(private readonly readModels: AssessmentReadModels) {}

  tally(): Promise<Tally> {
    this.running ??= this.catchUp().finally(() => (this.running = null));
    return this.running;
  }

  private async catchUp(): Promise<Tally> {
    const inputs = this.readModels.inputs;
    const count = await inputs.count();
    const known = this.folded;
    if (known?.count === count) return known.tally;
    if (known) {
      const since = await inputs.find({ occurredAt: { $gte: known.lastAt } }, ORDER);
      const fresh = since.filter((d) => !(d.occurredAt === known.lastAt && known.atLast.has(d._id)));
      if (known.count + fresh.length === count) return this.fold(known, fresh);
    }
    return this.fold({ tally: new Tally(), count: 0, lastAt: '', atLast: new Set() }, await inputs.find({}, ORDER));
  }

  private fold(into: Folded, inputs: InputDocument[]): Tally {
    for (const input of inputs) {
      into.tally.apply(input);
      if (input.occurredAt !== into.lastAt) into.atLast = new Set();
      into.lastAt = input.occurredAt;
      into.atLast.add(input._id);
    }
    this.folded = { ...into, count: into.count + inputs.length };
    return into.tally;
  }
}
