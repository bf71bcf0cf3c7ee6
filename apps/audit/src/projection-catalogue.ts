import { Injectable, NotFoundException } from '@nestjs/common';
import type { Projection } from '@gongjian/read-models';
import { ProjectionRegistry } from '@gongjian/runtime';
import { MATCHING_PROJECTIONS } from '../../matching/src/matching.module';
import { MEMBERS_PROJECTIONS } from '../../members/src/members.module';
import { ORGANIZATIONS_PROJECTIONS } from '../../organizations/src/organizations.module';
import { VOLUNTEERING_PROJECTIONS } from '../../volunteering/src/volunteering.module';

/** Every service's read models, by name: what the audit service alone can replay. */
const AUDITED: Projection<any>[] = [
  ...ORGANIZATIONS_PROJECTIONS,
  ...MATCHING_PROJECTIONS,
  ...MEMBERS_PROJECTIONS,
  ...VOLUNTEERING_PROJECTIONS,
];

/**
 * The read models an auditor may replay or look at as of a time: every projection of the process
 * except the audit service's own: those of this process (every service's on the embedded platform)
 * and those of every service (the audit service alone, in the distributed runtime, where the
 * live read models are the services' collections in the shared MongoDB database).
 */
@Injectable()
export class ProjectionCatalogue {
  constructor(private readonly registry: ProjectionRegistry) {}

  all(): Projection<any>[] {
    const byName = new Map<string, Projection<any>>();
    for (const p of [...this.registry.projections, ...AUDITED]) {
      if (!p.handles.includes('*') && !p.name.startsWith('audit.') && !byName.has(p.name)) byName.set(p.name, p);
    }
    return [...byName.values()];
  }

  get(name: string): Projection<any> {
    const projection = this.all().find((p) => p.name === name);
    if (!projection) {
      throw new NotFoundException({
        statusCode: 404,
        error: 'Not Found',
        message: `no read model named ${name}`,
        details: [{ field: 'projection', messages: [`one of: ${this.names().join(', ')}`] }],
      });
    }
    return projection;
  }

  names(): string[] {
    return this.all().map((p) => p.name);
  }
}
