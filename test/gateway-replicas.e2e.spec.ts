import type { INestApplication } from '@nestjs/common';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import request from 'supertest';
import { startGateway } from '../apps/gateway/src/gateway';

/**
 * The gateway in front of two replicas of a service (`MATCHING_URL=http://a,http://b`): requests
 * go round-robin, a read that meets a dead replica is sent to the other, a write is not, and the
 * readiness page names the dead replica. The replicas here are plain HTTP servers that say who
 * answered, so that each forwarding can be seen.
 */
class Replica {
  server: Server | null = null;
  port = 0;
  readonly seen: string[] = [];
  private readonly sockets = new Set<Socket>();

  constructor(readonly name: string) {}

  async start(port = 0): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        this.seen.push(`${req.method} ${req.url}`);
        res.writeHead(200, { 'content-type': 'application/json' });
        if (req.url === '/api/v1/health/ready') return void res.end(JSON.stringify({ status: 'ok' }));
        res.end(JSON.stringify({ replica: this.name, body }));
      });
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Gone at once, as a SIGKILLed pod: its connections cut, its port refusing. */
  async kill(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
    this.server = null;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }
}

describe('gateway in front of two replicas of a service', () => {
  const a = new Replica('a');
  const b = new Replica('b');
  let gateway: INestApplication;
  const gw = () => request(gateway.getHttpServer());
  const who = async (method: 'get' | 'post') => {
    const res = await gw()
      [method]('/api/v1/needs')
      .send(method === 'post' ? { title: 'x' } : undefined);
    return res.status === 200 ? (res.body.replica as string) : res.status;
  };

  beforeAll(async () => {
    await a.start();
    await b.start();
    process.env.MATCHING_URL = `${a.url},${b.url}/`;
    process.env.GATEWAY_DEAD_UPSTREAM_MS = '300';
    gateway = await startGateway({ port: 0, logger: false });
  });
  afterAll(async () => {
    await gateway?.close();
    await a.kill();
    await b.kill();
    delete process.env.MATCHING_URL;
    delete process.env.GATEWAY_DEAD_UPSTREAM_MS;
  });

  it('sends requests to the replicas in turn', async () => {
    const answered = [];
    for (let i = 0; i < 6; i++) answered.push(await who(i % 2 ? 'post' : 'get'));
    expect(answered.sort()).toEqual(['a', 'a', 'a', 'b', 'b', 'b']);
    const ready = await gw().get('/api/v1/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ok', down: [], deadReplicas: [], checks: { matching: 'ok' } });
    expect(ready.body.details.matching.replicas.map((r: { status: string }) => r.status)).toEqual(['up', 'up']);
  });

  it('sends a read that meets a dead replica to the other, and names the dead one in its readiness', async () => {
    await b.kill();
    const reads = [];
    for (let i = 0; i < 6; i++) reads.push(await who('get'));
    expect(reads).toEqual(['a', 'a', 'a', 'a', 'a', 'a']);
    const ready = await gw().get('/api/v1/health/ready').expect(200);
    expect(ready.body).toMatchObject({
      status: 'degraded',
      down: [],
      deadReplicas: ['matching#2'],
      checks: { matching: 'ok (1 of 2 replicas down, #2: ECONNREFUSED)' },
    });
    expect(ready.body.details.matching.status).toBe('up');
    expect(ready.body.details.matching.replicas[1]).toMatchObject({
      replica: 2,
      status: 'down',
      error: 'ECONNREFUSED',
    });
    // no addresses on this public page
    expect(JSON.stringify(ready.body)).not.toContain('127.0.0.1');
  });

  it('does not send a write again: the client gets 502 and retries it with its Idempotency-Key', async () => {
    // once the dead replica's time out of the round-robin is over, a write may meet it again
    await new Promise((resolve) => setTimeout(resolve, 400));
    const postsToA = () => a.seen.filter((r) => r.startsWith('POST')).length;
    const before = postsToA();
    const writes = [];
    for (let i = 0; i < 2; i++) writes.push(await gw().post('/api/v1/needs').send({ title: 'x' }));
    expect(writes.map((w) => w.status).sort()).toEqual([200, 502]);
    expect(postsToA()).toBe(before + 1);
    expect(writes.find((w) => w.status === 502)!.body).toMatchObject({
      error: 'bad_gateway',
      details: { service: 'matching', code: 'ECONNREFUSED' },
    });
  });

  it('sends requests to a replica again once it is back', async () => {
    await b.start(b.port);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const answered = [];
    for (let i = 0; i < 4; i++) answered.push(await who('get'));
    expect(answered.sort()).toEqual(['a', 'a', 'b', 'b']);
    const ready = await gw().get('/api/v1/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ok', deadReplicas: [] });
  });
});
