import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyChain } from './hash-chain';
import { SqliteEventStore } from './sqlite.event-store';

describe('SqliteEventStore after SIGKILL of the writer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongjian-crash-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every append that returned success', async () => {
    const file = join(dir, 'events.db');
    const child = spawn(
      process.execPath,
      ['--require', require.resolve('tsx/cjs'), join(__dirname, 'testing/crash-writer.ts'), file],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const acked: Array<[string, string]> = [];
    let buffer = '';
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', () => resolve());
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          const [, stream, id] = line.split(' ');
          acked.push([stream, id]);
        }
        // kill mid-stream, while appends are in flight
        if (acked.length >= 3000 && !child.killed) child.kill('SIGKILL');
      });
    });
    expect(child.signalCode).toBe('SIGKILL');
    expect(acked.length).toBeGreaterThanOrEqual(3000);

    const store = new SqliteEventStore({ filename: file });
    const stored = await store.readAll();
    const ids = new Set(stored.map((e) => e.eventId));
    const lost = acked.filter(([, id]) => !ids.has(id));
    expect(lost).toEqual([]);
    for (const stream of new Set(acked.map(([s]) => s))) {
      expect(verifyChain(await store.readStream(stream))).toEqual([]);
    }
    await store.close();
  });
});
