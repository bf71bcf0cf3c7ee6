import { Injectable } from '@nestjs/common';
import { chinaDay, Directory } from '@gongjian/auth';
import { type CommandContext, newId } from '@gongjian/eventing';
import { SessionSteps } from '../session-steps';
import type { SessionCommand } from '../session.decider';
import type { RecordDecisionDto } from './record-decision.dto';

type Communities = Extract<SessionCommand, { type: 'RecordDecision' }>['communities'];

@Injectable()
export class RecordDecisionHandler {
  constructor(
    private readonly steps: SessionSteps,
    private readonly directory: Directory,
  ) {}

  /**
   * 大事共议: the decision on one agenda item, with its action items; a need drafted on an action
   * item of an adopted decision gets its id now, and the matching service posts it under that id;
   * so does the project of a matching proposal an item accepts (created by matching under it).
   */
  async execute(sessionId: string, dto: RecordDecisionDto, context: CommandContext) {
    const doc = await this.steps.readModels.jointMeetingSessions.require(sessionId);
    const communities = await this.communities(dto, doc.orgId);
    const decisionId = newId(context);
    const actionItems = dto.actionItems.map((item) => ({
      actionItemId: newId(context),
      title: item.title.trim(),
      owner: { kind: item.owner.kind, id: item.owner.id },
      dueOn: item.dueOn,
      need: item.need
        ? {
            needId: newId(context),
            communityId: item.need.communityId,
            title: item.need.title.trim(),
            description: item.need.description?.trim() ?? '',
            category: item.need.category,
            quantity: { amount: item.need.quantity.amount, unit: item.need.quantity.unit },
            window: { from: item.need.window.from, to: item.need.window.to },
            urgency: item.need.urgency,
          }
        : null,
      project: item.proposalId ? { proposalId: item.proposalId, projectId: newId(context) } : null,
    }));
    return this.steps.run(sessionId, context, (_doc, facts) => ({
      type: 'RecordDecision',
      decisionId,
      agendaItemId: dto.agendaItemId,
      outcome: dto.outcome,
      method: dto.method,
      votes: dto.votes ? { for: dto.votes.for, against: dto.votes.against, abstain: dto.votes.abstain } : null,
      actionItems,
      communities,
      ...facts,
      today: chinaDay(),
    }));
  }

  /** The communities the drafts name, with whether each lies in the meeting's organisation. */
  private async communities(dto: RecordDecisionDto, orgId: string): Promise<Communities> {
    const ids = [...new Set(dto.actionItems.flatMap((a) => (a.need ? [a.need.communityId] : [])))];
    const entries = await Promise.all(
      ids.map(async (id) => {
        const entry = await this.directory.get(id);
        const facts = entry && {
          kind: entry.kind,
          status: entry.status,
          within: await this.directory.isWithin(id, orgId),
        };
        return [id, facts] as const;
      }),
    );
    return Object.fromEntries(entries);
  }
}
