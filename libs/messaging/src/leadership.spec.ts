import type { LeaderLease } from './leader-lease.port';
import { Leadership } from './leadership';
import { MemoryLeaderLease } from './memory.leader-lease';

const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

/** Duties that count how many replicas run them at once. */
class Duties {
  running = new Set<string>();
  starts: string[] = [];
  failNext = false;
  of(name: string) {
    return {
      start: async () => {
        if (this.failNext) {
          this.failNext = false;
          throw new Error('the relay could not start');
        }
        this.running.add(name);
        this.starts.push(name);
      },
      stop: async () => {
        this.running.delete(name);
      },
    };
  }
}

/** A lease store seen through a switch: `hang` freezes its replica (a paused or dead process), `fail` makes it throw. */
class Switched implements LeaderLease {
  mode: 'ok' | 'hang' | 'fail' = 'ok';
  constructor(private readonly lease: LeaderLease) {}
  private through<T>(call: () => Promise<T>): Promise<T> {
    if (this.mode === 'hang') return new Promise<T>(() => undefined);
    if (this.mode === 'fail') return Promise.reject(new Error('connection refused'));
    return call();
  }
  acquire(name: string, holder: string, ttl: number) {
    return this.through(() => this.lease.acquire(name, holder, ttl));
  }
  release(name: string, holder: string) {
    return this.through(() => this.lease.release(name, holder));
  }
  holder(name: string) {
    return this.lease.holder(name);
  }
}

async function until(condition: () => boolean, within = 5_000): Promise<number> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > within) throw new Error('timed out');
    await sleep(5);
  }
  return Date.now() - started;
}

describe('Leadership (one replica runs the relay and the follower)', () => {
  // long enough that a loaded machine's late timers do not decide the outcome
  const options = { ttlMillis: 1_000, renewMillis: 150 };
  let all: Leadership[] = [];
  afterEach(async () => {
    for (const l of all) await l.stop().catch(() => undefined);
    all = [];
  });
  const replica = (lease: LeaderLease, duties: Duties, holder: string) => {
    const l = new Leadership(lease, 'matching.relay', duties.of(holder), { ...options, holder });
    all.push(l);
    return l;
  };

  it('elects exactly one of three replicas, and keeps it while it renews', async () => {
    const lease = new MemoryLeaderLease();
    const duties = new Duties();
    const replicas = ['a', 'b', 'c'].map((name) => replica(lease, duties, name));
    await Promise.all(replicas.map((r) => r.start()));
    expect(duties.running.size).toBe(1);
    const leader = replicas.find((r) => r.isLeader)!;
    expect(leader.status).toMatchObject({ role: 'leader', holder: leader.holder, lastError: null });
    expect(replicas.filter((r) => r.status.role === 'standby')).toHaveLength(2);
    await sleep(options.ttlMillis * 2);
    expect(duties.starts).toEqual([leader.holder]);
    expect(await lease.holder('matching.relay')).toBe(leader.holder);
  });

  it('replaces a leader that stopped answering once its lease has run out, not before', async () => {
    const lease = new MemoryLeaderLease();
    const frozen = new Switched(lease);
    const duties = new Duties();
    const a = replica(frozen, duties, 'a');
    await a.start();
    const b = replica(lease, duties, 'b');
    await b.start();
    expect(a.isLeader).toBe(true);
    expect(b.isLeader).toBe(false);
    frozen.mode = 'hang'; // SIGSTOP, or a process gone without a word
    const tookOver = await until(() => b.isLeader);
    expect(tookOver).toBeGreaterThanOrEqual(options.ttlMillis - options.renewMillis - 20);
    expect(tookOver).toBeLessThan(options.ttlMillis * 3);
    expect(duties.starts).toEqual(['a', 'b']);
  });

  it('hands over at the next renewal when the leader stops (shutdown releases the lease)', async () => {
    const lease = new MemoryLeaderLease();
    const duties = new Duties();
    const a = replica(lease, duties, 'a');
    await a.start();
    const b = replica(lease, duties, 'b');
    await b.start();
    await a.stop();
    expect(duties.running.has('a')).toBe(false);
    const tookOver = await until(() => b.isLeader);
    expect(tookOver).toBeLessThan(options.ttlMillis);
    expect([...duties.running]).toEqual(['b']);
  });

  it('steps down before another could take over when the lease store stops answering', async () => {
    const lease = new MemoryLeaderLease();
    const broken = new Switched(lease);
    const duties = new Duties();
    const a = replica(broken, duties, 'a');
    await a.start();
    const renewed = Date.now();
    broken.mode = 'fail';
    await until(() => !a.isLeader);
    // stepped down before the lease it last renewed ran out
    expect(Date.now() - renewed).toBeLessThan(options.ttlMillis);
    expect(a.status).toMatchObject({ role: 'standby', lastError: 'connection refused' });
    expect(duties.running.size).toBe(0);
    broken.mode = 'ok';
    await until(() => a.isLeader);
    expect(duties.starts).toEqual(['a', 'a']);
  });

  it('gives the lease up when its duties fail to start, so another replica takes them', async () => {
    const lease = new MemoryLeaderLease();
    const duties = new Duties();
    duties.failNext = true;
    const a = replica(lease, duties, 'a');
    await a.start();
    expect(a.isLeader).toBe(false);
    expect(await lease.holder('matching.relay')).toBeNull();
    const b = replica(lease, duties, 'b');
    await b.start();
    await until(() => a.isLeader || b.isLeader);
    expect(duties.running.size).toBe(1);
  });

  it('refuses a renewal period as long as the lease', () => {
    expect(
      () => new Leadership(new MemoryLeaderLease(), 'x', new Duties().of('a'), { ttlMillis: 100, renewMillis: 100 }),
    ).toThrow(/renewMillis/);
  });
});
