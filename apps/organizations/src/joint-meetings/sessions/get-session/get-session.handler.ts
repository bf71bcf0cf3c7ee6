import { Injectable } from '@nestjs/common';
import { chinaDay, Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { OrganizationsReadModels } from '../../../read-models';
import { assertMayReadSessions } from '../sessions.policy';
import type { SessionDocument } from '../sessions.projection';

type StoredItem = SessionDocument['actionItems'][number];

/**
 * An action item with `overdue` (open and due before today, China's calendar) and, when it
 * accepted a matching proposal, whether its project was created (`created`: the ids matching
 * created), computed on read.
 */
export const withOverdue = (item: StoredItem, today: string = chinaDay(), created: Set<string> = new Set()) => ({
  ...item,
  proposalId: item.proposalId ?? null,
  projectId: item.projectId ?? null,
  projectStatus: item.projectId ? (created.has(item.projectId) ? ('created' as const) : ('pending' as const)) : null,
  overdue: item.status === 'open' && item.dueOn.slice(0, 10) < today,
});

/** 联席会议 — a session's page, its carried-over items as they stand now in the sessions that decided them. */
@Injectable()
export class GetSessionHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
  ) {}

  async session(sessionId: string, actor: Actor) {
    const doc = await this.readModels.jointMeetingSessions.require(sessionId);
    await assertMayReadSessions(actor, doc.orgId, this.directory, this.readModels.jointMeetings);
    return this.resource(doc);
  }

  /** The session's resource (the answer of every write on it, once the writer is authorized). */
  async resource(doc: SessionDocument) {
    const today = chinaDay();
    const sourceIds = [...new Set(doc.agenda.flatMap((a) => (a.carriedOver ? [a.carriedOver.sessionId] : [])))];
    const sources = new Map(
      (sourceIds.length ? await this.readModels.jointMeetingSessions.find({ _id: { $in: sourceIds } }) : []).map(
        (s) => [s._id, s],
      ),
    );
    const projectIds = [...doc.actionItems, ...[...sources.values()].flatMap((s) => s.actionItems)].flatMap((a) =>
      a.projectId ? [a.projectId] : [],
    );
    const created = new Set(
      (projectIds.length ? await this.readModels.createdProjects.find({ _id: { $in: projectIds } }) : []).map(
        (p) => p._id,
      ),
    );
    const agenda = doc.agenda.map((item) => {
      if (!item.carriedOver) return { ...item, proposalId: item.proposalId ?? null, carriedOver: null };
      const source = sources.get(item.carriedOver.sessionId);
      const { actionItemId, agendaItemId } = item.carriedOver;
      const stored = actionItemId ? source?.actionItems.find((a) => a.actionItemId === actionItemId) : undefined;
      return {
        ...item,
        proposalId: item.proposalId ?? null,
        carriedOver: {
          sessionId: item.carriedOver.sessionId,
          sessionTitle: source?.title ?? '',
          heldOn: source?.heldOn ?? doc.heldOn,
          agendaItemId: agendaItemId ?? null,
          actionItem: stored ? withOverdue(stored, today, created) : null,
        },
      };
    });
    return {
      id: doc._id,
      version: doc.version,
      orgId: doc.orgId,
      heldOn: doc.heldOn,
      place: doc.place,
      title: doc.title,
      status: doc.status,
      agenda,
      attendance: doc.attendance,
      minutes: doc.minutes,
      decisions: doc.decisions,
      actionItems: doc.actionItems.map((a) => withOverdue(a, today, created)),
    };
  }
}
