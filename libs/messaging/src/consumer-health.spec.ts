import { EventEmitter } from 'node:events';
import { ConsumerHealth, observeConsumer } from './consumer-health';

/** The instrumentation events of a kafkajs consumer, on a plain emitter. */
function consumer() {
  const emitter = new EventEmitter();
  return {
    events: { GROUP_JOIN: 'consumer.group_join', REBALANCING: 'consumer.rebalancing', CRASH: 'consumer.crash' },
    on: (event: string, listener: (event: { payload: any }) => void) => emitter.on(event, listener),
    emit: (event: string, payload: unknown) => emitter.emit(event, { payload }),
  };
}

describe('ConsumerHealth (the bus consumer as readiness reports it)', () => {
  it('follows join, rebalance and crash; a retriable crash is restarting, and the join clears it', () => {
    const c = consumer();
    const health = new ConsumerHealth();
    observeConsumer(c, health);
    expect(health.status).toMatchObject({ state: 'starting', lastError: null });
    c.emit(c.events.GROUP_JOIN, {});
    expect(health.state).toBe('running');
    c.emit(c.events.CRASH, { error: new Error('broker gone'), restart: true });
    expect(health.status).toMatchObject({ state: 'restarting', lastError: { message: 'broker gone', restart: true } });
    expect(health.down).toBe(false);
    c.emit(c.events.REBALANCING, {});
    c.emit(c.events.GROUP_JOIN, {});
    expect(health.status).toMatchObject({ state: 'running', lastError: { message: 'broker gone' } });
  });

  it('is down after a crash kafkajs does not restart, and when stopped', () => {
    const c = consumer();
    const health = new ConsumerHealth();
    observeConsumer(c, health);
    c.emit(c.events.CRASH, { error: 'not retriable', restart: false });
    expect(health.status).toMatchObject({ state: 'crashed', lastError: { message: 'not retriable', restart: false } });
    expect(health.down).toBe(true);
    health.joined();
    expect(health.down).toBe(false);
    health.stopped();
    expect(health.down).toBe(true);
  });
});
