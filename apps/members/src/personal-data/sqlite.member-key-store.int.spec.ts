import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteMemberKeyStore } from './key-store';
import { memberKeyStoreContract } from './member-key-store.contract';

memberKeyStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongjian-member-keys-'));
  const file = join(dir, 'member-keys.db');
  const store = new SqliteMemberKeyStore(file);
  return {
    store,
    reopen: async () => new SqliteMemberKeyStore(file),
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
