import type { DocumentStore } from '@gongjian/read-models';

/** One check of /health's detail: whether it is well, and what an operator should read. */
export interface Check {
  ok: boolean;
  detail: string;
}

/**
 * The read store answers a ping (MongoDB, FerretDB; an in-memory store always does). Down, the
 * process cannot serve its reads (they answer 503 `read_store_unavailable`) and its consumer is
 * paused, so readiness is off; the driver reconnects by itself when the server is back.
 */
export async function readStoreCheck(documents: DocumentStore, timeoutMillis = 2_000): Promise<Check> {
  if (!documents.ping) return { ok: true, detail: 'ok' };
  try {
    await documents.ping(timeoutMillis);
    return { ok: true, detail: 'ok' };
  } catch (error) {
    return { ok: false, detail: `down: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** What a transport that can measure its lag offers (the Kafka transport). */
export interface LagSource {
  lag?: () => Promise<{ group: string; total: number; topics: Record<string, number> } | null>;
}

export interface LagCheck extends Check {
  lag: { group: string; total: number; topics: Record<string, number> } | null;
}

/**
 * The consumer group's lag in events against `max` (GONGJIAN_MAX_CONSUMER_LAG): above it the
 * process serves reads too stale to count as ready. A lag that cannot be measured within
 * `timeoutMillis` (the broker unreachable: the relay and consumer checks say so) does not turn
 * readiness off by itself.
 */
export async function consumerLagCheck(
  source: LagSource | null,
  max: number,
  timeoutMillis = 2_000,
): Promise<LagCheck> {
  if (!source?.lag) return { ok: true, detail: 'none', lag: null };
  let timer: NodeJS.Timeout | undefined;
  try {
    const lag = await Promise.race([
      source.lag(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`not measured within ${timeoutMillis} ms`)), timeoutMillis);
      }),
    ]);
    if (!lag) return { ok: true, detail: 'none', lag: null };
    const ok = lag.total <= max;
    return { ok, detail: ok ? `${lag.total}` : `${lag.total} events, above ${max}`, lag };
  } catch (error) {
    return { ok: true, detail: `unknown: ${error instanceof Error ? error.message : String(error)}`, lag: null };
  } finally {
    clearTimeout(timer);
  }
}
