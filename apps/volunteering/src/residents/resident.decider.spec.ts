import { InvalidStateTransition } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type ResidentDetails, residentDecider, type ResidentEvent } from './resident.decider';

const details: ResidentDetails = {
  residentId: 'r-1',
  communityId: 'c-1',
  name: '赵大爷',
  phone: '139****5678',
  phoneDigest: 'digest',
  consentedOn: '2026-11-30',
  accountId: null,
};
const registered: ResidentEvent = { type: 'volunteering.ResidentRegistered', data: details };
const withdrawn: ResidentEvent = {
  type: 'volunteering.ResidentConsentWithdrawn',
  data: { residentId: 'r-1', at: '2026-12-01T00:00:00.000Z' },
};
const spec = deciderSpecification(residentDecider);

describe('resident decider (居民志愿者)', () => {
  it('registers a resident once, with their consent', () => {
    spec.given([]).when({ type: 'RegisterResident', details }).then([registered]);
    spec.given([registered]).when({ type: 'RegisterResident', details }).thenThrows(InvalidStateTransition);
  });

  it('takes the consent back once', () => {
    spec.given([registered]).when({ type: 'WithdrawConsent', at: '2026-12-01T00:00:00.000Z' }).then([withdrawn]);
    spec
      .given([registered, withdrawn])
      .when({ type: 'WithdrawConsent', at: '2026-12-02T00:00:00.000Z' })
      .thenThrows(InvalidStateTransition, /already withdrawn/);
    spec.given([]).when({ type: 'WithdrawConsent', at: '2026-12-01T00:00:00.000Z' }).thenThrows(InvalidStateTransition);
  });
});
