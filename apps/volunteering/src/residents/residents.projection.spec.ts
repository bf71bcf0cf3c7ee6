import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { VOLUNTEERING_EVENTS as V } from '../volunteering-events';
import { maskPhone } from './phone';
import { residentsProjection } from './residents.projection';

describe('residents projection (居民志愿者)', () => {
  const stream = 'volunteering.resident-r1';
  const registered = {
    type: V.residentRegistered,
    streamId: stream,
    data: {
      residentId: 'r1',
      communityId: 'c1',
      name: '赵大爷',
      phone: maskPhone('13912345678'),
      phoneDigest: 'digest',
      consentedOn: '2026-11-30',
      accountId: 'jumin',
    },
  };
  const spec = projectionSpecification(residentsProjection);

  it('keeps the name, the masked phone and the consent’s day', async () => {
    const [event] = envelopes([registered]);
    const [resident] = await spec.given([event]).documents();
    expect(resident).toEqual({
      _id: 'r1',
      version: 0,
      communityId: 'c1',
      name: '赵大爷',
      phone: '139****5678',
      phoneDigest: 'digest',
      consentedOn: '2026-11-30',
      consentWithdrawnAt: null,
      accountId: 'jumin',
      registeredAt: event.occurredAt,
    });
  });

  it('keeps no name, phone or digest once the consent is withdrawn', async () => {
    const withdrawn = {
      type: V.residentConsentWithdrawn,
      streamId: stream,
      data: { residentId: 'r1', at: '2026-12-01T00:00:00.000Z' },
    };
    await spec.given([registered, withdrawn]).then([
      {
        _id: 'r1',
        name: null,
        phone: null,
        phoneDigest: null,
        consentWithdrawnAt: '2026-12-01T00:00:00.000Z',
        communityId: 'c1',
      },
    ]);
  });
});
