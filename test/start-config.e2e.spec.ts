import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// the compiled platform, as `npm start` and the images run it
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBuilt } = require('../scripts/ensure-built') as { ensureBuilt: (log?: (m: string) => void) => string };

/**
 * A wrong setting stops the start (docs/ops/configuration.md): the process exits 1 with one fatal
 * log line naming each wrong variable, its value and what is allowed, and opens nothing.
 */
describe('start: a wrong configuration refuses to start, saying what is wrong', () => {
  let entry: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-start-config-'));
  beforeAll(() => {
    entry = ensureBuilt(() => undefined);
  }, 240_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /** Runs the platform with `env` until it exits; its exit code and its JSON log lines. */
  const run = (env: Record<string, string>) =>
    new Promise<{ code: number | null; lines: Record<string, any>[]; output: string }>((resolve) => {
      const child = spawn(process.execPath, [entry], {
        env: { ...process.env, GONGJIAN_DATA_DIR: dataDir, PORT: '0', GONGJIAN_LOG_FORMAT: 'json', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        const lines = output
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as Record<string, any>);
        resolve({ code, lines, output });
      });
    });

  it('names GONGJIAN_BUS=kafak, its value and the buses there are', async () => {
    const { code, lines, output } = await run({ GONGJIAN_BUS: 'kafak' });
    expect({ code, output }).toMatchObject({ code: 1 });
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'fatal',
        msg: expect.stringContaining('GONGJIAN_BUS="kafak": must be one of memory, kafka'),
      }),
    ]);
  });

  it('names every wrong variable at once: a port out of range, a lag that is no number, an unknown store', async () => {
    const { code, lines } = await run({
      PORT: '99999',
      GONGJIAN_MAX_CONSUMER_LAG: 'abc',
      GONGJIAN_EVENT_STORE: 'cassandra',
    });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0].msg.split('\n')).toEqual([
      'invalid configuration, the process does not start:',
      '  GONGJIAN_EVENT_STORE="cassandra": must be one of sqlite, eventstoredb, postgres',
      '  GONGJIAN_MAX_CONSUMER_LAG="abc": must be a whole number, at least 0',
      '  PORT="99999": must be a whole number from 0 to 65535',
    ]);
    // no stack: the message is the operator's whole answer
    expect(lines[0].err).toBeUndefined();
  });

  it("refuses a service's own setting the same way (MATCHING_EXPIRY_INTERVAL_MS)", async () => {
    const { code, lines } = await run({ MATCHING_EXPIRY_INTERVAL_MS: 'hourly' });
    expect(code).toBe(1);
    expect(lines.at(-1)).toMatchObject({
      level: 'fatal',
      msg: expect.stringContaining('MATCHING_EXPIRY_INTERVAL_MS="hourly": must be a whole number, at least 0'),
    });
  });
});
