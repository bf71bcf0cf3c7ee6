import { isPublicEvent } from '@gongjian/contracts';
import type { EventEnvelope } from '@gongjian/eventing';
import { EVENT_BUS, type EventBus } from '@gongjian/messaging';
import { ProjectionRegistry } from '@gongjian/runtime';
import { type Region, startSeeded, TestPlatform } from './support/platform';

/**
 * Issue 21 item 5: only public integration events (libs/contracts) leave a service. The relay
 * publishes those and nothing else; a service's own process managers run from its own log (the
 * follower), so an internal event (a proposal accepted by both sides) still creates its project;
 * and whatever a service folds of another service is public.
 */
describe('public events only on the bus', () => {
  const t = new TestPlatform();
  let r: Region;
  const published: EventEnvelope[] = [];
  let from = 0;
  startSeeded(t, (region) => (r = region));

  beforeAll(async () => {
    await t.platform.runtime.settle();
    from = await t.platform.inspect.store.headPosition();
    const bus = t.platform.app.get<EventBus>(EVENT_BUS);
    const publish = bus.publish.bind(bus);
    bus.publish = async (events) => {
      published.push(...events);
      return publish(events);
    };
  });

  it('publishes the public events of a whole co-build flow and keeps the internal ones in the log', async () => {
    const need = (
      await r.communityAdmin
        .post('/needs')
        .send({
          communityId: r.communityId,
          title: '独居老人助餐',
          category: 'elderly_care',
          tags: ['助餐'],
          quantity: { amount: 30, unit: 'person_hours' },
          window: { from: '2026-12-01', to: '2027-03-31' },
          urgency: 'high',
        })
        .expect(201)
    ).body;
    await r.unitContact
      .post('/offers')
      .send({
        unitId: r.unitId,
        title: '医护志愿者',
        category: 'elderly_care',
        tags: ['助餐'],
        capacity: { amount: 40, unit: 'person_hours' },
        window: { from: '2026-11-01', to: '2027-06-30' },
        serviceArea: [r.communityId],
      })
      .expect(201);
    const proposal = (await r.root.get('/proposals').query({ needId: need.id }).expect(200)).body.items[0];
    await r.communityAdmin.post(`/proposals/${proposal.id}/accept`).send({ side: 'community' }).expect(200);
    await r.unitContact.post(`/proposals/${proposal.id}/accept`).send({ side: 'unit' }).expect(200);
    await t.platform.runtime.settle();

    const logged = await t.platform.inspect.store.readAll({ fromPosition: from });
    const internal = logged.filter((e) => !isPublicEvent(e.type)).map((e) => e.type);
    expect(internal).toEqual(expect.arrayContaining(['matching.ProposalAccepted']));
    // the funds service keeps the co-build projects an allocation may fund (issue 19)
    expect(published.map((e) => e.type)).toContain('matching.ProjectCreated');
    expect(published.map((e) => e.type).filter((type) => !isPublicEvent(type))).toEqual([]);
    // every public event of the log went out, once at least
    const out = new Set(published.map((e) => e.eventId));
    expect(logged.filter((e) => isPublicEvent(e.type) && !out.has(e.eventId))).toEqual([]);
    // the project flow ran from the log: the accepted proposal has its project
    const projects = (await r.root.get('/projects').query({ communityId: r.communityId }).expect(200)).body.items;
    expect(projects).toEqual([expect.objectContaining({ proposalId: proposal.id, status: 'planned' })]);
  });

  it('folds, of every other service, public events only (projections and process managers)', () => {
    const registry = t.platform.app.get(ProjectionRegistry);
    const serviceOf = (name: string) => name.slice(0, name.indexOf('.'));
    // a projection's collection and a reactor's name are `<service>.…`
    const folders = [
      ...registry.projections.map((p) => ({ name: p.collection, handles: p.handles })),
      ...registry.reactors.map((r) => ({ name: r.name, handles: r.handles })),
    ];
    // the audit service follows every stream of the log, not the bus (runtime.ts): its folds of
    // other services' events (the index, the trail of a spending) are of the log by design
    const foreign = folders.flatMap((folder) =>
      folder.handles
        .filter((type) => type !== '*' && serviceOf(type) !== serviceOf(folder.name))
        .filter(() => serviceOf(folder.name) !== 'audit')
        .map((type) => ({ folder: folder.name, type })),
    );
    expect(foreign.length).toBeGreaterThan(10);
    expect(foreign.filter(({ type }) => !isPublicEvent(type))).toEqual([]);
  });
});
