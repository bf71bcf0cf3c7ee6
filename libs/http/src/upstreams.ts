/** `<SERVICE>_URL` as a list of base URLs (one, or several separated by commas). */
export function urlList(value: string | undefined): string[] | undefined {
  const urls = value
    ?.split(',')
    .map((url) => url.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  return urls && urls.length > 0 ? urls : undefined;
}

/** The code of a failed fetch or proxied request (undici puts the socket error under `cause`). */
export function failureCode(error: unknown): string {
  const e = error as { name?: string; code?: string; cause?: { code?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'ETIMEDOUT';
  return e?.cause?.code ?? e?.code ?? 'ERROR';
}

/** Connection failures after which no answer came from an upstream: it is dead, or going. */
export const DEAD_UPSTREAM_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

export interface UpstreamState {
  /** its place in `<SERVICE>_URL` from 1 (the health pages are public: no addresses) */
  replica: number;
  /** failed to connect lately; skipped by the round-robin until `retryAt` */
  dead: boolean;
  /** why (ECONNREFUSED…), while dead */
  error: string | null;
  since: string | null;
}

/**
 * The replicas of one service a process calls (`<SERVICE>_URL=http://a:3104,http://b:3104`): the
 * gateway forwarding to each service, the audit service asking the owners of read models. Requests
 * go round-robin; a replica a request could not reach is skipped for `deadMillis`, then
 * tried again by the next request that comes its way (passively: no probe of its own). When every
 * replica is marked dead, the round-robin goes on over all of them: one may be back.
 */
export class Upstreams {
  private next = 0;
  private readonly deadUntil: number[];
  private readonly failures: Array<{ error: string; since: number } | null>;

  constructor(
    readonly urls: string[],
    private readonly deadMillis = 5_000,
    private readonly now: () => number = Date.now,
  ) {
    if (urls.length === 0) throw new Error('a service needs at least one URL');
    this.deadUntil = urls.map(() => 0);
    this.failures = urls.map(() => null);
  }

  /** The replica to send a request to, skipping `tried` (a retry's earlier attempts); null: none left. */
  pick(tried: ReadonlySet<number> = new Set()): number | null {
    const now = this.now();
    const n = this.urls.length;
    let fallback: number | null = null;
    for (let k = 0; k < n; k++) {
      const i = (this.next + k) % n;
      if (tried.has(i)) continue;
      if (this.deadUntil[i] <= now) {
        this.next = (i + 1) % n;
        return i;
      }
      fallback ??= i;
    }
    if (fallback !== null) this.next = (fallback + 1) % n;
    return fallback;
  }

  markDead(i: number, error: string): void {
    this.deadUntil[i] = this.now() + this.deadMillis;
    this.failures[i] ??= { error, since: this.now() };
    this.failures[i]!.error = error;
  }

  markAlive(i: number): void {
    this.deadUntil[i] = 0;
    this.failures[i] = null;
  }

  states(): UpstreamState[] {
    const now = this.now();
    return this.urls.map((_, i) => {
      const failure = this.failures[i];
      const dead = this.deadUntil[i] > now && failure !== null;
      return {
        replica: i + 1,
        dead,
        error: dead ? failure!.error : null,
        since: dead ? new Date(failure!.since).toISOString() : null,
      };
    });
  }
}
