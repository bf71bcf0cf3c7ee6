import { HttpException, Inject, Injectable, Logger } from '@nestjs/common';
import { failureCode, Upstreams, urlList } from '@gongjian/http';
import type { Actor, EventEnvelope } from '@gongjian/eventing';
import type { Effect, Filter, ReadModelDocument } from '@gongjian/read-models';
import {
  type Moment,
  ReadModels,
  type Replay,
  RUNTIME_CONFIG,
  type RuntimeConfig,
  type StreamEffects,
} from '@gongjian/runtime';

/** Who asks: the actor (in process) and the bearer header to pass on (to another service). */
export interface Caller {
  actor: Actor;
  authorization?: string;
}

/**
 * A service that owns read models, as the audit service sees it: the same questions whether it
 * runs in this process (the embedded platform) or behind its URL (`/api/v1/read-models`).
 */
export interface ReadModelOwner {
  readonly service: string;
  names(caller: Caller): Promise<string[]>;
  startReplay(projection: string, until: string | null, caller: Caller): Promise<Replay>;
  /** null: this owner does not know the replay */
  replay(id: string, caller: Caller): Promise<Replay | null>;
  list(caller: Caller): Promise<Replay[]>;
  cancel(id: string, caller: Caller): Promise<Replay>;
  swap(id: string, caller: Caller): Promise<Replay>;
  asOf(
    projection: string,
    moment: Moment,
    filter: Filter,
    caller: Caller,
  ): Promise<{ events: number; items: ReadModelDocument[] }>;
  effectsOf(streamId: string, moment: Moment | undefined, caller: Caller): Promise<StreamEffects>;
}

/** The read models of this process (every service's on the embedded platform). */
class LocalOwner implements ReadModelOwner {
  constructor(
    readonly service: string,
    private readonly readModels: ReadModels,
  ) {}

  async names() {
    return this.readModels.names();
  }
  async startReplay(projection: string, until: string | null, caller: Caller) {
    return this.readModels.startReplay(projection, until, caller.actor);
  }
  async replay(id: string) {
    return this.readModels.find(id);
  }
  async list() {
    return this.readModels.list();
  }
  async cancel(id: string) {
    return this.readModels.cancel(id);
  }
  async swap(id: string) {
    return this.readModels.swap(id);
  }
  async asOf(projection: string, moment: Moment, filter: Filter) {
    return this.readModels.asOf(projection, moment, filter);
  }
  async effectsOf(streamId: string, moment: Moment | undefined) {
    return this.readModels.effectsOf(streamId, moment);
  }
}

const TIMEOUT_MILLIS = 30_000;

/**
 * A service behind its URL: its `/api/v1/read-models` routes, called with the caller's token.
 * The URL may list the service's replicas (`http://a:3101,http://b:3101`): any of them answers
 * for the service's replays (they share them: ReplayBoard), so calls go round the replicas as the
 * gateway's do (`Upstreams`), and a replica that refuses the connection is passed over (a refused
 * connection carried no request, so even a POST is not sent twice).
 */
class RemoteOwner implements ReadModelOwner {
  private readonly upstreams: Upstreams;

  constructor(
    readonly service: string,
    url: string,
  ) {
    this.upstreams = new Upstreams(urlList(url) ?? [url]);
  }

  private async fetchAny(path: string, init: RequestInit): Promise<Response> {
    const tried = new Set<number>();
    for (;;) {
      const i = this.upstreams.pick(tried)!;
      tried.add(i);
      try {
        const res = await fetch(`${this.upstreams.urls[i]}/api/v1/read-models${path}`, {
          ...init,
          signal: AbortSignal.timeout(TIMEOUT_MILLIS),
        });
        this.upstreams.markAlive(i);
        return res;
      } catch (error) {
        const code = failureCode(error);
        if (code !== 'ECONNREFUSED' || tried.size >= this.upstreams.urls.length) throw error;
        this.upstreams.markDead(i, code);
      }
    }
  }

  private async call<T>(method: string, path: string, caller: Caller, body?: unknown): Promise<T> {
    const res = await this.fetchAny(path, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(caller.authorization ? { authorization: caller.authorization } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await res.json().catch(() => ({}))) as T;
    // the owner's answer as it gave it (404, 409, 403…), status and body: the audit service passes
    // it on, so an HTTP exception (transport-level), not a typed error that would re-code it
    if (!res.ok) throw new HttpException(answer as object, res.status);
    return answer;
  }

  async names(caller: Caller) {
    return (await this.call<{ items: string[] }>('GET', '', caller)).items;
  }
  startReplay(projection: string, until: string | null, caller: Caller) {
    return this.call<Replay>('POST', '/replays', caller, { projection, ...(until ? { until } : {}) });
  }
  async replay(id: string, caller: Caller) {
    try {
      return await this.call<Replay>('GET', `/replays/${encodeURIComponent(id)}`, caller);
    } catch (error) {
      if (error instanceof HttpException && error.getStatus() === 404) return null;
      throw error;
    }
  }
  async list(caller: Caller) {
    return (await this.call<{ items: Replay[] }>('GET', '/replays', caller)).items;
  }
  cancel(id: string, caller: Caller) {
    return this.call<Replay>('POST', `/replays/${encodeURIComponent(id)}/cancel`, caller, {});
  }
  swap(id: string, caller: Caller) {
    return this.call<Replay>('POST', `/replays/${encodeURIComponent(id)}/swap`, caller, {});
  }
  asOf(projection: string, moment: Moment, filter: Filter, caller: Caller) {
    const query = new URLSearchParams({ projection, ...momentParams(moment) });
    for (const [key, value] of Object.entries(filter)) query.set(key, String(value));
    return this.call<{ events: number; items: ReadModelDocument[] }>('GET', `/as-of?${query}`, caller);
  }
  effectsOf(streamId: string, moment: Moment | undefined, caller: Caller) {
    const query = new URLSearchParams(moment ? momentParams(moment) : {});
    return this.call<StreamEffects>('GET', `/streams/${encodeURIComponent(streamId)}/effects?${query}`, caller);
  }
}

const momentParams = (moment: Moment): Record<string, string> =>
  moment.at !== undefined ? { at: moment.at } : { position: String(moment.position) };

/** The services whose read models the audit service asks for, when it runs alone. */
export const OWNING_SERVICES = ['organizations', 'matching', 'members', 'volunteering', 'funds', 'assessment'] as const;

/**
 * The owners of the read models an auditor may replay or look at as of a time. On the embedded
 * platform: this process (it runs every service). The audit service alone: each service at its
 * `<SERVICE>_URL` (ORGANIZATIONS_URL, MATCHING_URL, MEMBERS_URL, VOLUNTEERING_URL), asked over HTTP.
 */
@Injectable()
export class ReadModelOwners {
  readonly owners: ReadModelOwner[];

  constructor(@Inject(RUNTIME_CONFIG) config: RuntimeConfig, readModels: ReadModels) {
    const local = new LocalOwner(config.service, readModels);
    if (config.service === 'platform') {
      this.owners = [local];
      return;
    }
    const remote = OWNING_SERVICES.flatMap((service) => {
      const url = process.env[`${service.toUpperCase()}_URL`];
      return url ? [new RemoteOwner(service, url)] : [];
    });
    const missing = OWNING_SERVICES.filter((s) => !remote.some((o) => o.service === s));
    if (missing.length > 0)
      new Logger('audit').warn(
        `no ${missing.map((s) => `${s.toUpperCase()}_URL`).join(', ')}: their read models cannot be replayed here`,
      );
    this.owners = [local, ...remote];
  }

  /**
   * What `events` (of `streamId`) did to the read models, asked of every owner (each folds the
   * stream through its own read models) and put together event by event, in the owners' order;
   * and the documents the stream left in each read model (then, given a moment).
   */
  async effectsOf(events: EventEnvelope[], streamId: string, moment: Moment | undefined, caller: Caller) {
    const answers = await Promise.all(this.owners.map((owner) => owner.effectsOf(streamId, moment, caller)));
    const effects: Effect[][] = events.map((e) => answers.flatMap((a) => a.effects[e.eventId] ?? []));
    const state: Record<string, Record<string, ReadModelDocument>> = {};
    for (const answer of answers) Object.assign(state, answer.state);
    return { effects, state };
  }

  /** Every owner's read-model names with the owner, in the owners' order. */
  async catalogue(caller: Caller): Promise<Array<{ name: string; owner: ReadModelOwner }>> {
    const names = await Promise.all(this.owners.map((owner) => owner.names(caller)));
    const seen = new Set<string>();
    return this.owners.flatMap((owner, i) =>
      names[i].filter((name) => !seen.has(name) && seen.add(name)).map((name) => ({ name, owner })),
    );
  }
}
