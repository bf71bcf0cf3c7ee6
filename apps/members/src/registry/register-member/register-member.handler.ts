import { Inject, Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { assertMayRegister } from '../../members.policy';
import { MembersReadModels } from '../../read-models';
import { MEMBER_KEY_STORE, type MemberKeyStore } from '../../personal-data/key-store';
import { seal } from '../../personal-data/sealing';
import { GetMemberHandler } from '../get-member/get-member.handler';
import { memberAggregate } from '../member.decider';
import type { RegisterMemberDto } from './register-member.dto';

/**
 * Registration. The member's personal data is sealed under a key of its own before it enters the
 * log; the key lives in the member key store, this service's own port (personal-data/).
 */
@Injectable()
export class RegisterMemberHandler {
  private readonly members;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    @Inject(MEMBER_KEY_STORE) private readonly keys: MemberKeyStore,
    private readonly member: GetMemberHandler,
    private readonly readModels: MembersReadModels,
  ) {
    this.members = commands.for(memberAggregate);
  }

  async execute(dto: RegisterMemberDto, context: CommandContext) {
    const branch = await this.prepare(dto, context);
    const memberId = newId(context);
    const key = await this.keys.create(memberId);
    const personal = seal(key, memberId, {
      phone: dto.phone,
      idNumber: dto.idNumber?.toUpperCase() ?? null,
      address: dto.address?.trim() || null,
    });
    const command = {
      type: 'RegisterMember' as const,
      memberId,
      name: dto.name.trim(),
      branch,
      joinedPartyOn: dto.joinedPartyOn,
      employerUnitId: dto.employerUnitId ?? null,
      employer: await this.directory.ref(dto.employerUnitId),
      personal,
      code: dto.code ?? null,
    };
    try {
      await this.members.execute(memberId, command, context);
    } catch (error) {
      await this.keys.destroy(memberId); // nothing was appended: no key may outlive it
      throw error;
    }
    return this.member.execute(memberId, context);
  }

  /**
   * Authorizes a registration and checks what the decider cannot (a date in the future, a code
   * in use); returns the branch as the decider takes it. An import asks it of every row first.
   */
  async prepare(dto: RegisterMemberDto, context: Pick<CommandContext, 'actor'>) {
    const branch = await this.directory.ref(dto.branchId);
    await assertMayRegister(context.actor, dto.branchId, branch !== null, this.directory);
    if (dto.joinedPartyOn > new Date().toISOString().slice(0, 10))
      throw new DomainRuleViolation('joinedPartyOn lies in the future', 'invalid_date', { field: 'joinedPartyOn' });
    if (dto.code && (await this.readModels.members.count({ code: dto.code })) > 0)
      throw new DomainRuleViolation(`the code ${dto.code} is already used`, 'code_taken', { field: 'code' });
    return branch;
  }
}
