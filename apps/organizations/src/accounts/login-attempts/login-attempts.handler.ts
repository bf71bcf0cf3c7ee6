import { Injectable } from '@nestjs/common';
import { assertAdminFor, Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { OrganizationsReadModels } from '../../read-models';
import { assertSeesLoginAttempts } from '../account-scope';
import { throttleView } from '../accounts.projection';

@Injectable()
export class LoginAttemptsHandler {
  constructor(
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
  ) {}

  /** The account's login throttle by address: district admins in scope, and auditors. */
  async loginAttempts(username: string, actor: Actor) {
    assertSeesLoginAttempts(actor);
    const account = await this.readModels.accounts.require(username);
    if (account.orgId && actor.role === 'district_admin') await assertAdminFor(actor, account.orgId, this.directory);
    return { username, ...throttleView(account.failures) };
  }
}
