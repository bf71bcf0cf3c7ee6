import { Injectable } from '@nestjs/common';
import type { Projection } from '@gongjian/read-models';

/**
 * Service modules register their projections here when they are constructed; the runtime builds
 * one ProjectionRunner over all projections of the process (the whole platform embedded, or one
 * service when distributed).
 */
@Injectable()
export class ProjectionRegistry {
  readonly projections: Projection<any>[] = [];

  register(...projections: Projection<any>[]): void {
    for (const p of projections) {
      if (this.projections.some((q) => q.name === p.name)) throw new Error(`projection ${p.name} registered twice`);
      this.projections.push(p);
    }
  }
}
