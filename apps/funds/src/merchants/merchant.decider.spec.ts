import { DomainRuleViolation, InvalidStateTransition } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import { type MerchantEvent, merchantDecider, termsOn } from './merchant.decider';

const spec = deciderSpecification(merchantDecider);
const terms = (effectiveFrom: string, pointsPerYuan = 10) => ({ pointsPerYuan, monthlyCapPoints: 100, effectiveFrom });
const registered: MerchantEvent = {
  type: 'funds.MerchantRegistered',
  data: {
    merchantId: 'shop',
    name: '社区超市',
    address: '东城街道1号',
    sector: 'supermarket',
    orgId: 'street-1',
    contactName: '王老板',
    contactPhone: '13900000000',
    terms: terms('2026-12-01'),
  },
};
const changed = (effectiveFrom: string, pointsPerYuan = 10): MerchantEvent => ({
  type: 'funds.MerchantTermsChanged',
  data: { merchantId: 'shop', terms: terms(effectiveFrom, pointsPerYuan) },
});
const totals = {
  redemptions: 1,
  points: 20,
  yuan: 200,
  reversedPoints: 0,
  reversedYuan: 0,
  netPoints: 20,
  netYuan: 200,
};

describe('merchant decider', () => {
  it('adds terms from today or later, after the last entry; never edits one', () => {
    spec
      .given([registered])
      .when({ type: 'ChangeTerms', terms: terms('2026-12-20', 5), today: '2026-12-15' })
      .then([changed('2026-12-20', 5)]);
    spec
      .given([registered])
      .when({ type: 'ChangeTerms', terms: terms('2026-12-14'), today: '2026-12-15' })
      .thenThrows(DomainRuleViolation, /on or after today/);
    spec
      .given([registered, changed('2026-12-20')])
      .when({ type: 'ChangeTerms', terms: terms('2026-12-18'), today: '2026-12-15' })
      .thenThrows(DomainRuleViolation, /after the last terms/);
  });

  it('says which terms are in force on a day', () => {
    const history = [terms('2026-12-01', 10), terms('2026-12-20', 5)];
    expect(termsOn(history, '2026-11-30')).toBeNull();
    expect(termsOn(history, '2026-12-19')?.pointsPerYuan).toBe(10);
    expect(termsOn(history, '2026-12-20')?.pointsPerYuan).toBe(5);
  });

  it('suspends and reinstates, each once', () => {
    const suspended: MerchantEvent = { type: 'funds.MerchantSuspended', data: { merchantId: 'shop', reason: '投诉' } };
    spec.given([registered]).when({ type: 'SuspendMerchant', reason: '投诉' }).then([suspended]);
    spec
      .given([registered, suspended])
      .when({ type: 'SuspendMerchant', reason: 'x' })
      .thenThrows(InvalidStateTransition);
    spec.given([registered]).when({ type: 'ReinstateMerchant' }).thenThrows(InvalidStateTransition);
  });

  it('confirms a statement with the totals agreed; again only when they changed', () => {
    const reconcile = (t = totals) => ({
      type: 'ReconcileStatement' as const,
      month: '2026-12',
      totals: t,
      agreed: { netPoints: t.netPoints, netYuan: t.netYuan },
      note: '',
    });
    const confirmed: MerchantEvent = {
      type: 'funds.MerchantStatementReconciled',
      data: { merchantId: 'shop', month: '2026-12', totals, note: '' },
    };
    spec.given([registered]).when(reconcile()).then([confirmed]);
    spec
      .given([registered])
      .when({ ...reconcile(), agreed: { netPoints: 20, netYuan: 199 } })
      .thenThrows(DomainRuleViolation, /not what was agreed/);
    spec
      .given([registered, confirmed])
      .when(reconcile())
      .thenThrows(InvalidStateTransition, /already confirmed/);
    const after = { ...totals, reversedPoints: 20, reversedYuan: 200, netPoints: 0, netYuan: 0 };
    spec
      .given([registered, confirmed])
      .when(reconcile(after))
      .then((events) => expect(events[0].data).toMatchObject({ totals: after }));
  });
});
