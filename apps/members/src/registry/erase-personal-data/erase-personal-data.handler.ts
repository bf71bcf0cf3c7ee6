import { Inject, Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { CommandContext } from '@gongjian/eventing';
import { IDEMPOTENCY_STORE, type IdempotencyStore } from '@gongjian/http';
import { Commands } from '@gongjian/runtime';
import { assertMayActForMember } from '../../members.policy';
import { MEMBER_KEY_STORE, type MemberKeyStore } from '../../personal-data/key-store';
import { MembersReadModels } from '../../read-models';
import { GetMemberHandler } from '../get-member/get-member.handler';
import { memberAggregate } from '../member.decider';

/**
 * Erasure: the member's key is destroyed first (that is the erasure: every sealed copy in the
 * log, read models and exports becomes unreadable), then the stored idempotent responses about
 * the member are blanked, then MemberErased tells every service to drop what it copied. The key
 * store is this service's own port; the idempotency store holds responses that showed the
 * member's masked phone, so erasure reaches it too.
 */
@Injectable()
export class ErasePersonalDataHandler {
  private readonly members;

  constructor(
    commands: Commands,
    private readonly readModels: MembersReadModels,
    private readonly directory: Directory,
    @Inject(MEMBER_KEY_STORE) private readonly keys: MemberKeyStore,
    @Inject(IDEMPOTENCY_STORE) private readonly idempotency: IdempotencyStore,
    private readonly member: GetMemberHandler,
  ) {
    this.members = commands.for(memberAggregate);
  }

  async execute(memberId: string, context: CommandContext) {
    const member = await this.readModels.members.require(memberId);
    await assertMayActForMember(context.actor, member, this.directory);
    await this.keys.destroy(memberId);
    await this.idempotency.eraseSubject(memberId);
    await this.members.execute(memberId, { type: 'ErasePersonalData' }, context);
    return this.member.execute(memberId, context);
  }
}
