import {
  type CanActivate,
  Controller,
  type ExecutionContext,
  Get,
  Inject,
  Injectable,
  Res,
  UseGuards,
} from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { NextFunction, Request, Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { Public, verifyAccessToken } from '@gongjian/auth';
import { Forbidden, Unauthenticated } from '@gongjian/eventing';
import type { RuntimeConfig } from './config';
import { Readiness } from './readiness';
import { Runtime } from './runtime';
import { RUNTIME_CONFIG } from './tokens';
import { ReturnsMedia } from '@gongjian/http';

/**
 * The process's own metrics (CPU, memory, event-loop delay, GC, handles), collected once per
 * process: every app in it (tests start several) shares them.
 */
const processRegistry = new Registry();
collectDefaultMetrics({ register: processRegistry, prefix: 'gongjian_' });

/** Prometheus metrics of one app (DESIGN §4 ops: `GET /metrics`), on prom-client. */
@Injectable()
export class Metrics {
  private readonly registry = new Registry();
  private readonly requests: Counter<'method' | 'route' | 'status'>;
  private readonly durations: Histogram<'method' | 'route'>;
  private readonly service: string;
  private readonly forgetHead: () => void;

  constructor(runtime: Runtime, readiness: Readiness) {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'gongjian_http_requests_total',
      help: 'HTTP requests answered, by route pattern and status',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.durations = new Histogram({
      name: 'gongjian_http_request_duration_seconds',
      help: 'Time from a request to the end of its answer, by route pattern',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    new Gauge({
      name: 'gongjian_up',
      help: '1 when the check of /health/ready named by `check` is well: health = ready (ok or degraded), relay = publishing, broker = answers the relay probe (Kafka only), consumer = in its group, read_store = answers its ping, consumer_lag = within GONGJIAN_MAX_CONSUMER_LAG',
      labelNames: ['check'],
      registers,
      async collect() {
        const { status, checks } = await readiness.check();
        const relay = runtime.relayStatus;
        const consumer = runtime.consumer?.status;
        this.set({ check: 'health' }, status === 'down' ? 0 : 1);
        const publishing = !relay || (relay.state !== 'retrying' && relay.broker.state !== 'unreachable');
        this.set({ check: 'relay' }, publishing ? 1 : 0);
        if (relay && relay.broker.state !== 'none')
          this.set({ check: 'broker' }, relay.broker.state === 'unreachable' ? 0 : 1);
        const joined = !consumer || consumer.state === 'running' || consumer.state === 'rebalancing';
        this.set({ check: 'consumer' }, joined ? 1 : 0);
        this.set({ check: 'read_store' }, checks.readStoreReachable === 'ok' ? 1 : 0);
        this.set({ check: 'consumer_lag' }, /above/.test(checks.consumerLag) ? 0 : 1);
      },
    });
    new Gauge({
      name: 'gongjian_relay_leader',
      help: "1 when this replica runs its service's relay and log follower (it holds the lease `<service>.relay`, or no election is held: one process), 0 on standby; summed over a service's replicas it is 1",
      registers,
      collect() {
        this.set(runtime.leadershipStatus?.role === 'standby' ? 0 : 1);
      },
    });
    new Gauge({
      name: 'gongjian_consumer_lag_events',
      help: 'Events on the topic not yet consumed by the group (log end minus committed offset); GONGJIAN_MAX_CONSUMER_LAG turns readiness off above it',
      labelNames: ['group', 'topic'],
      registers,
      async collect() {
        this.reset();
        // the lag alone (cached): the read store was pinged by gongjian_up's collect already
        const { lag } = await runtime.consumerLag();
        for (const [topic, events] of Object.entries(lag?.topics ?? {})) this.set({ group: lag!.group, topic }, events);
      },
    });
    // one head read per scrape, for both gauges that need it
    let head: Promise<number> | null = null;
    const headPosition = () => (head ??= runtime.headPosition());
    this.forgetHead = () => (head = null);
    // positions are places in the log, not counts of events: one apart on SQLite, byte offsets
    // (hundreds apart) on EventStoreDB; a difference of two is a gap in that unit, never an event count
    new Gauge({
      name: 'gongjian_event_store_head_position',
      help: 'Global position of the last event in the event store: a place in the log, not a count of events (EventStoreDB: a byte offset)',
      registers,
      async collect() {
        this.set(await headPosition());
      },
    });
    new Gauge({
      name: 'gongjian_relay_position',
      help: 'Global position of the last event the relay handed to the bus: a place in the log, not a count of events',
      registers,
      collect() {
        const position = runtime.relayPosition();
        if (position !== null) this.set(position);
      },
    });
    new Gauge({
      name: 'gongjian_log_position_gap',
      help: 'Head position minus the position a follower of the log reached (`follower`: relay, log_follower); 0 when it has everything; in positions, not events (EventStoreDB: bytes): alert on it staying above 0, not on its size',
      labelNames: ['follower'],
      registers,
      async collect() {
        this.reset();
        const followers = { relay: runtime.relayPosition(), log_follower: runtime.followerPosition() };
        if (Object.values(followers).every((p) => p === null)) return;
        const at = await headPosition();
        for (const [follower, position] of Object.entries(followers))
          if (position !== null) this.set({ follower }, Math.max(0, at - position));
      },
    });
    new Counter({
      name: 'gongjian_bus_dead_letters_total',
      help: 'Messages the bus consumer gave up on after its retries and dead-lettered with their reason',
      registers,
      collect() {
        this.reset();
        this.inc(runtime.deadLettered());
      },
    });
    this.service = runtime.config.service;
  }

  /** Express middleware: counts and times every request by its route pattern, never its raw path. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      const end = this.durations.startTimer();
      res.once('finish', () => {
        const route = routeOf(req);
        end({ method: req.method, route });
        this.requests.inc({ method: req.method, route, status: String(res.statusCode) });
      });
      next();
    };
  }

  async exposition(): Promise<{ contentType: string; body: string }> {
    this.forgetHead();
    const merged = Registry.merge([processRegistry, this.registry]);
    // on every sample, so that one Prometheus tells the services (and their processes) apart
    merged.setDefaultLabels({ service: this.service });
    return { contentType: merged.contentType, body: await merged.metrics() };
  }
}

/** `/api/v1/needs/:id` for a matched route; unmatched API paths and console files are grouped. */
function routeOf(req: Request): string {
  const pattern = (req as Request & { route?: { path?: unknown } }).route?.path;
  if (typeof pattern === 'string') return pattern;
  return req.originalUrl.startsWith('/api/') ? 'unmatched' : 'console';
}

const safeEqual = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * Who may scrape: a Prometheus server presenting `GONGJIAN_METRICS_TOKEN` as its bearer token, or
 * a signed-in district administrator or auditor (the token of a person expires within the hour,
 * so scrapers use the static one). Metrics carry no personal data, but route counts and positions
 * are nobody else's business.
 */
@Injectable()
class MetricsAccess implements CanActivate {
  constructor(
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new Unauthenticated('a bearer token is required');
    if (this.config.metricsToken && safeEqual(token, this.config.metricsToken)) return true;
    const claims = await verifyAccessToken(this.jwt, token).catch(() => null);
    if (!claims) throw new Unauthenticated('the token is neither the metrics token nor a valid access token');
    if (claims.role === 'district_admin' || claims.role === 'auditor') return true;
    throw new Forbidden('only district administrators, auditors and the metrics scraper read metrics');
  }
}

@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  /** The Prometheus text format. */
  @Public()
  @UseGuards(MetricsAccess)
  @Get()
  @ReturnsMedia(['text/plain'], 'the Prometheus text format')
  async scrape(@Res() res: Response): Promise<void> {
    const { contentType, body } = await this.metrics.exposition();
    res.setHeader('Cache-Control', 'no-store');
    res.type(contentType).send(body);
  }
}
