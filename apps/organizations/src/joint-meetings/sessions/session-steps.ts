import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { OrganizationsReadModels } from '../../read-models';
import { GetSessionHandler } from './get-session/get-session.handler';
import { sessionAggregate, type SessionCommand } from './session.decider';
import { assertMayRunSessions, meetingOnDay } from './sessions.policy';
import type { SessionDocument } from './sessions.projection';

/**
 * The steps of a session after convening share one shape: the session must exist (404), the
 * caller be an admin over its meeting's organisation (403); the command is decided on the session's
 * stream and the answer is the session's page.
 */
@Injectable()
export class SessionSteps {
  private readonly sessions;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    readonly readModels: OrganizationsReadModels,
    private readonly query: GetSessionHandler,
  ) {
    this.sessions = commands.for(sessionAggregate);
  }

  async run(
    sessionId: string,
    context: CommandContext,
    command: (doc: SessionDocument, facts: ReturnType<typeof meetingOnDay>) => SessionCommand,
  ) {
    const doc = await this.readModels.jointMeetingSessions.require(sessionId);
    await assertMayRunSessions(context.actor, doc.orgId, this.directory);
    const facts = meetingOnDay(await this.readModels.jointMeetings.get(doc.orgId), doc.heldOn);
    await this.sessions.execute(sessionId, command(doc, facts), context);
    return this.query.resource(await this.readModels.jointMeetingSessions.require(sessionId));
  }
}
