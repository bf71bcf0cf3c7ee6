import { Injectable } from '@nestjs/common';
import { assertMayAudit, Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { paginate } from '@gongjian/http';
import { type Filter, textFilter } from '@gongjian/read-models';
import { type AuditStream, NAMED_KINDS } from '../../audit-streams.projection';
import { AuditNames, memberNamesScope } from '../../names';
import { AuditReadModels } from '../../read-models';
import type { SearchStreamsQuery } from './search-streams.query';

/** How many streams about one subject an answer lists beside it (`relatedTotal` counts them all). */
const RELATED_SHOWN = 20;

/**
 * Search by what an auditor knows (issue 17): a need's or a project's title, a member's, a unit's
 * or an organisation's name → the subjects whose title or name holds the words, each with its
 * stream and the streams about it (a need's proposals and project, a unit's pairings, offers and
 * projects, a member's ledger and sign-ups), newest first. A district administrator finds members
 * by name only in its district (the names it may see); an auditor every one.
 */
@Injectable()
export class SearchStreamsHandler {
  constructor(
    private readonly readModels: AuditReadModels,
    private readonly directory: Directory,
    private readonly names: AuditNames,
  ) {}

  async execute(query: SearchStreamsQuery, actor: Actor) {
    assertMayAudit(actor);
    const filter: Filter = {
      $and: [{ kind: query.kind ?? { $in: NAMED_KINDS } }, textFilter(query.q, ['label']), await this.visible(actor)],
    };
    const page = await paginate(this.readModels.streams, filter, query);
    const subjects = page.items.map((s) => s.subjectId);
    // about a subject: the streams naming it, and those of the same subject (a member's ledger, an
    // organisation's joint meeting)
    const related = await this.readModels.streams.find(
      { $or: [{ relatedIds: { $in: subjects } }, { subjectId: { $in: subjects } }] },
      { sort: { lastAt: -1 } },
    );
    const sees = memberNamesScope(actor, this.directory);
    const view = async (s: AuditStream) => ({
      streamId: s._id,
      kind: s.kind,
      subjectId: s.subjectId,
      label: await this.names.labelFor(s, actor, sees),
      events: s.events,
      firstAt: s.firstAt,
      lastAt: s.lastAt,
      lastType: s.lastType,
    });
    const items = await Promise.all(
      page.items.map(async (hit) => {
        const about = related.filter(
          (s) => s._id !== hit._id && (s.subjectId === hit.subjectId || s.relatedIds.includes(hit.subjectId)),
        );
        const kinds: Record<string, number> = {};
        for (const s of about) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
        return {
          ...(await view(hit)),
          related: await Promise.all(about.slice(0, RELATED_SHOWN).map(view)),
          relatedTotal: about.length,
          /** how many of each kind: a unit's 60 proposals and 61 offers, beside the latest 20 */
          relatedKinds: kinds,
        };
      }),
    );
    return { items, nextCursor: page.nextCursor, total: page.total };
  }

  /** Every stream but the members a district administrator may not see the names of. */
  private async visible(actor: Actor): Promise<Filter> {
    if (actor.role !== 'district_admin' || actor.orgId === null) return {};
    const branches = await this.directory.subtreeIds(actor.orgId, { includeUnits: true });
    return { $or: [{ kind: { $ne: 'members.member' } }, { branchId: { $in: branches } }] };
  }
}
