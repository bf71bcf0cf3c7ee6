import { Inject, Injectable } from '@nestjs/common';
import {
  assertAdminFor,
  CREDENTIAL_STORE,
  type CredentialStore,
  Directory,
  hashPassword,
  requireActive,
} from '@gongjian/auth';
import { ORG_KIND_CODES } from '@gongjian/contracts';
import type { CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { toOrgRef } from '../../hierarchy/organization.resource';
import { accountAggregate } from '../account.decider';
import { assertMayGrant } from '../account-scope';
import { ListAccountsHandler } from '../list-accounts/list-accounts.handler';
import type { CreateAccountDto } from './create-account.dto';

/**
 * Organisations and units: an account belongs to either (a unit contact to its unit); a member's
 * account may belong to the member's party branch (issue 18).
 */
const ACCOUNT_PLACES = [...ORG_KIND_CODES, 'unit' as const, 'branch' as const];

@Injectable()
export class CreateAccountHandler {
  private readonly accounts;

  constructor(
    commands: Commands,
    private readonly directory: Directory,
    private readonly query: ListAccountsHandler,
    /** the accounts' own port: password hashes never enter events */
    @Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore,
  ) {
    this.accounts = commands.for(accountAggregate);
  }

  /**
   * An admin over a known, active organisation or unit (requireActive) creates an account there;
   * district admin and auditor accounts only a district admin. The username is the stream, so the
   * event store keeps it unique (409); the role must suit the kind (`role_org_mismatch`).
   */
  async execute(dto: CreateAccountDto, context: CommandContext) {
    const org = await requireActive(this.directory, dto.orgId, ACCOUNT_PLACES, 'orgId');
    await assertAdminFor(context.actor, org._id, this.directory);
    assertMayGrant(context.actor, dto.role);
    const command = {
      type: 'CreateAccount' as const,
      accountId: dto.username,
      displayName: dto.displayName?.trim() || dto.username,
      role: dto.role,
      org: toOrgRef(org),
    };
    const hash = await hashPassword(dto.password);
    await this.accounts.execute(dto.username, command, context);
    await this.credentials.set(dto.username, hash);
    return this.query.get(dto.username);
  }
}
