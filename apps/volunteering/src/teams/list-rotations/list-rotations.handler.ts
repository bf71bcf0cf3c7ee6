import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { NotFound } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import type { Filter } from '@gongjian/read-models';
import { type RotationDocument, VolunteeringReadModels } from '../../read-models';
import type { ListByOrgQuery } from '../list-by-org.query';
import { rotationId } from '../rotation';

/** The published rotations (季度轮值): readable by every account. */
@Injectable()
export class ListRotationsHandler {
  constructor(
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
  ) {}

  async list(query: ListByOrgQuery) {
    // a street's or district's rotations are those of the communities under it
    const filter: Filter = query.orgId ? { orgId: { $in: await this.directory.subtreeIds(query.orgId) } } : {};
    const page = await paginate(this.readModels.rotations, filter, query);
    return { items: page.items.map(rotationResource), nextCursor: page.nextCursor, total: page.total };
  }

  async get(orgId: string, quarter: string) {
    const doc = await this.readModels.rotations.get(rotationId(orgId, quarter));
    if (!doc) throw new NotFound(`no rotation for ${orgId} in ${quarter}`);
    return rotationResource(doc);
  }
}

function rotationResource({ _id, ...rotation }: RotationDocument) {
  return { id: _id, ...rotation };
}
