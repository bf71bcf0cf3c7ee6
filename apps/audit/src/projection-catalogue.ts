import { Injectable, NotFoundException } from '@nestjs/common';
import type { Projection } from '@gongjian/read-models';
import { ProjectionRegistry } from '@gongjian/runtime';

/**
 * The read models an auditor may replay or look at as of a time: every projection of the process
 * except the audit service's own. On the embedded platform that is every service's; the audit
 * service alone registers the services' projections it audits (see audit.module.ts).
 */
@Injectable()
export class ProjectionCatalogue {
  constructor(private readonly registry: ProjectionRegistry) {}

  all(): Projection<any>[] {
    return this.registry.projections.filter((p) => !p.handles.includes('*') && !p.name.startsWith('audit.'));
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
