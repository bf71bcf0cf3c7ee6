import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { CREDENTIAL_STORE, type CredentialStore, hashPassword, verifyPassword } from '@gongjian/auth';
import { SYSTEM_ACTOR } from '@gongjian/eventing';
import { Runtime } from '@gongjian/runtime';
import { v7 as uuidv7 } from 'uuid';
import { accountDecider, accountStreamId } from './account.decider';

/**
 * The first district administrator (DESIGN §4), with the whole region as scope. From
 * GONGJIAN_ADMIN_USER / GONGJIAN_ADMIN_PASSWORD (the password is reset to it at every start, and a
 * changed one revokes the tokens issued before, like PasswordChanged by the holder);
 * when unset, `admin` with a generated password that is printed once — only its hash is stored.
 */
@Injectable()
export class BootstrapAdmin {
  private readonly logger = new Logger('BootstrapAdmin');

  constructor(
    private readonly runtime: Runtime,
    @Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore,
  ) {}

  async ensure(): Promise<void> {
    const username = this.runtime.config.adminUser ?? 'admin';
    const given = this.runtime.config.adminPassword;
    const streamId = accountStreamId(username);
    const exists = (await this.runtime.store.readStream(streamId, { maxCount: 1 })).length > 0;
    if (!exists) {
      const command = {
        type: 'CreateAccount' as const,
        accountId: username,
        displayName: '区委管理员',
        role: 'district_admin' as const,
        org: null,
        bootstrap: true,
      };
      await this.runtime.execute(streamId, accountDecider, command, { actor: SYSTEM_ACTOR, correlationId: uuidv7() });
    }
    const stored = await this.credentials.get(username);
    if (given) {
      if (stored && (await verifyPassword(given, stored))) return;
      if (stored) {
        // a new GONGJIAN_ADMIN_PASSWORD ends the tokens issued under the old one, on every service
        const command = { type: 'ChangePassword' as const, at: new Date().toISOString() };
        await this.runtime.execute(streamId, accountDecider, command, { actor: SYSTEM_ACTOR, correlationId: uuidv7() });
      }
      await this.credentials.set(username, await hashPassword(given));
      return;
    }
    if (stored) return;
    const password = randomBytes(12).toString('base64url');
    await this.credentials.set(username, await hashPassword(password));
    this.logger.warn(
      `created the bootstrap administrator "${username}" with password: ${password}  (shown once; set GONGJIAN_ADMIN_PASSWORD to choose it)`,
    );
  }
}
