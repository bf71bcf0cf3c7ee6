import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../../read-models';
import { today } from '../../../relation-sides';
import { GetSessionHandler } from '../get-session/get-session.handler';
import { proposalAggregate } from '../proposal.decider';
import { type AgendaItem, sessionAggregate } from '../session.decider';
import { assertMayRunSessions, meetingOnDay } from '../sessions.policy';
import type { ConveneSessionDto } from './convene-session.dto';

@Injectable()
export class ConveneSessionHandler {
  private readonly sessions;
  private readonly proposals;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly readModels: OrganizationsReadModels,
    private readonly query: GetSessionHandler,
  ) {
    this.sessions = commands.for(sessionAggregate);
    this.proposals = commands.for(proposalAggregate);
  }

  /**
   * An admin over the organisation convenes a session of its joint meeting; the open action items
   * of the meeting's earlier sessions go on its agenda after the items given (carried over).
   */
  async execute(orgId: string, dto: ConveneSessionDto, context: CommandContext) {
    const org = await this.directory.ref(orgId);
    if (org) await assertMayRunSessions(context.actor, orgId, this.directory);
    const sessionId = newId(context);
    const given: AgendaItem[] = dto.agenda.map((item) => ({
      agendaItemId: newId(context),
      kind: item.kind,
      title: item.title.trim(),
      description: item.description?.trim() ?? '',
      refs: [...new Set(item.refs ?? [])],
      proposedBy: item.proposedBy ?? null,
      carriedOver: null,
    }));
    const proposed = await this.proposed(orgId, dto.proposalIds ?? [], context);
    const carried = await this.carriedOver(orgId, dto.heldOn, context);
    const meeting = await this.readModels.jointMeetings.get(orgId);
    const command = {
      type: 'ConveneSession' as const,
      sessionId,
      org,
      heldOn: dto.heldOn,
      place: dto.place.trim(),
      title: dto.title.trim(),
      agenda: [...given, ...proposed, ...carried],
      memberUnits: meetingOnDay(meeting, today()).membersOnDay,
    };
    await this.sessions.execute(sessionId, command, context);
    // each proposal leaves the pending ones once its item is on the agenda
    for (const item of proposed) {
      const schedule = { type: 'ScheduleProposal' as const, sessionId, agendaItemId: item.agendaItemId };
      await this.proposals.execute(item.proposalId!, schedule, context);
    }
    return this.query.resource(await this.readModels.jointMeetingSessions.require(sessionId));
  }

  /** The pending proposals to this meeting named, as agenda items (422 for any other). */
  private async proposed(orgId: string, ids: string[], context: CommandContext): Promise<AgendaItem[]> {
    const items: AgendaItem[] = [];
    for (const [i, proposalId] of [...new Set(ids)].entries()) {
      const doc = await this.readModels.jointMeetingProposals.get(proposalId);
      if (!doc || doc.orgId !== orgId || doc.status !== 'pending')
        throw new DomainRuleViolation(
          `${proposalId} is not a pending proposal to this meeting`,
          'proposal_not_pending',
          {
            field: `proposalIds[${i}]`,
          },
        );
      items.push({
        agendaItemId: newId(context),
        kind: doc.kind,
        title: doc.title,
        description: doc.description,
        refs: [],
        proposedBy: doc.proposedBy,
        carriedOver: null,
        proposalId,
      });
    }
    return items;
  }

  /**
   * From the meeting's sessions held on or before `heldOn`, oldest first: their open action items
   * (on every agenda until done), and the items they deferred that no session has carried yet.
   */
  private async carriedOver(orgId: string, heldOn: string, context: CommandContext): Promise<AgendaItem[]> {
    const all = await this.readModels.jointMeetingSessions.find({ orgId });
    const earlier = all.filter((s) => s.heldOn <= heldOn);
    const passedOn = new Set(
      all.flatMap((s) => s.agenda.flatMap((a) => (a.carriedOver?.agendaItemId ? [a.carriedOver.agendaItemId] : []))),
    );
    const carried = (item: Omit<AgendaItem, 'agendaItemId' | 'kind' | 'proposedBy'>) => ({
      agendaItemId: newId(context),
      kind: 'carried_over' as const,
      proposedBy: null,
      ...item,
    });
    return earlier
      .sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a._id.localeCompare(b._id))
      .flatMap((session) => [
        ...session.decisions
          .filter((d) => d.outcome === 'deferred' && !passedOn.has(d.agendaItemId))
          .flatMap((d) => session.agenda.filter((a) => a.agendaItemId === d.agendaItemId))
          .map((a) =>
            carried({
              title: a.title,
              description: a.description,
              refs: a.refs,
              carriedOver: { sessionId: session._id, agendaItemId: a.agendaItemId },
            }),
          ),
        ...session.actionItems
          .filter((item) => item.status === 'open')
          .map((item) =>
            carried({
              title: item.title,
              description: '',
              refs: item.needId ? [item.needId] : [],
              carriedOver: { sessionId: session._id, actionItemId: item.actionItemId },
            }),
          ),
      ]);
  }
}
