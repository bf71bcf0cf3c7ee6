import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { CREDENTIAL_STORE, type CredentialStore, hashPassword, verifyPassword } from '@gongjian/auth';
import { type CommandContext, SYSTEM_ACTOR } from '@gongjian/eventing';
import { Commands, RUNTIME_CONFIG, type RuntimeConfig } from '@gongjian/runtime';
import { v7 as uuidv7 } from 'uuid';
import { accountAggregate } from './account.decider';

const asSystem = (): CommandContext => ({ actor: SYSTEM_ACTOR, correlationId: uuidv7() });

/**
 * The first district administrator (DESIGN §4), with the whole region as scope. From
 * GONGJIAN_ADMIN_USER / GONGJIAN_ADMIN_PASSWORD (the password is reset to it at every start, and a
 * changed one revokes the tokens issued before, like PasswordChanged by the holder);
 * when unset, `admin` with a generated password that is printed once — only its hash is stored.
 */
@Injectable()
export class BootstrapAdmin {
  private readonly logger = new Logger('BootstrapAdmin');
  private readonly accounts;

  constructor(
    commands: Commands,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    /** the accounts' own port */
    @Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore,
  ) {
    this.accounts = commands.for(accountAggregate);
  }

  async ensure(): Promise<void> {
    const username = this.config.adminUser ?? 'admin';
    const given = this.config.adminPassword;
    // the stream, not the read model: this runs at start, and the username is the stream's key
    const { state } = await this.accounts.load(username);
    if (!state.exists) {
      const command = {
        type: 'CreateAccount' as const,
        accountId: username,
        displayName: '区委管理员',
        role: 'district_admin' as const,
        org: null,
        bootstrap: true,
      };
      await this.accounts.execute(username, command, asSystem());
    }
    const stored = await this.credentials.get(username);
    if (given) {
      if (stored && (await verifyPassword(given, stored))) return;
      if (stored) {
        // a new GONGJIAN_ADMIN_PASSWORD ends the tokens issued under the old one, on every service
        await this.accounts.execute(username, { type: 'ChangePassword', at: new Date().toISOString() }, asSystem());
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
