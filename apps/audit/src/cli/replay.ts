/**
 * `npm run replay -- --projection needs [--until 2026-06-30] [--swap] [--json]`: an operator's
 * replay through the audit API of a running platform — starts it, draws its progress, prints the
 * differences against the live read model, and exits 1 when there are any (or chain breaks).
 *
 * Env: GONGJIAN_URL (http://127.0.0.1:3000), GONGJIAN_AUDIT_USER / GONGJIAN_AUDIT_PASSWORD (else
 * GONGJIAN_ADMIN_USER / GONGJIAN_ADMIN_PASSWORD).
 */
import { parseArgs } from 'node:util';

interface Replay {
  id: string;
  projection: string;
  status: 'running' | 'completed' | 'cancelled' | 'failed';
  /** `total` is an estimate while `totalEstimated` (the log counts in positions, not events) */
  progress: {
    done: number;
    total: number;
    totalEstimated?: boolean;
    eventsPerSecond: number;
    etaSeconds: number | null;
  };
  documents: number | null;
  differences: Array<{
    documentId: string;
    kind: string;
    fields: Array<{ field: string; before: unknown; after: unknown }>;
  }> | null;
  chainBreaks: Array<{ streamId: string; streamRevision: number; reason: string }>;
  error: string | null;
}

const USAGE = 'usage: npm run replay -- --projection <name> [--until <ISO date or time>] [--swap] [--json]';

export function progressBar(done: number, total: number, width = 30): string {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}%`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      projection: { type: 'string' },
      until: { type: 'string' },
      swap: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.projection) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const base = `${(process.env.GONGJIAN_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '')}/api/v1`;
  const username = process.env.GONGJIAN_AUDIT_USER ?? process.env.GONGJIAN_ADMIN_USER ?? 'admin';
  const password = process.env.GONGJIAN_AUDIT_PASSWORD ?? process.env.GONGJIAN_ADMIN_PASSWORD;
  if (!password) {
    console.error('set GONGJIAN_AUDIT_PASSWORD (or GONGJIAN_ADMIN_PASSWORD)');
    return 2;
  }
  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${String(json.message ?? '')}`);
    return json;
  };
  const { accessToken } = (await call('POST', '/auth/login', undefined, { username, password })) as {
    accessToken: string;
  };
  let replay = (await call('POST', '/audit/replays', accessToken, {
    projection: values.projection,
    ...(values.until ? { until: values.until } : {}),
  })) as unknown as Replay;
  const tty = process.stderr.isTTY;
  while (replay.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 200));
    replay = (await call('GET', `/audit/replays/${replay.id}`, accessToken)) as unknown as Replay;
    const { done, total, totalEstimated, eventsPerSecond, etaSeconds } = replay.progress;
    const of = `${totalEstimated ? '~' : ''}${total}`;
    const line = `${progressBar(done, total)} ${done}/${of} events  ${eventsPerSecond} ev/s  ETA ${etaSeconds ?? '?'} s`;
    process.stderr.write(tty ? `\r${line}` : `${line}\n`);
  }
  if (tty) process.stderr.write('\n');
  if (replay.status !== 'completed') {
    console.error(`replay ${replay.status}${replay.error ? `: ${replay.error}` : ''}`);
    return 1;
  }
  if (values.swap) await call('POST', `/audit/replays/${replay.id}/swap`, accessToken);
  if (values.json) console.log(JSON.stringify(replay, null, 2));
  else {
    const differences = replay.differences ?? [];
    console.log(
      `${replay.projection}: ${replay.progress.done} events, ${replay.documents} documents, ` +
        `${differences.length} differences, ${replay.chainBreaks.length} chain breaks${values.swap ? ', swapped in' : ''}`,
    );
    for (const d of differences) {
      console.log(`  ${d.kind.padEnd(9)} ${d.documentId}`);
      for (const f of d.fields)
        console.log(`            ${f.field}: ${JSON.stringify(f.after)} (replay: ${JSON.stringify(f.before)})`);
    }
    for (const b of replay.chainBreaks) console.log(`  chain break ${b.streamId}@${b.streamRevision}: ${b.reason}`);
  }
  return (replay.differences?.length ?? 0) + replay.chainBreaks.length > 0 ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
