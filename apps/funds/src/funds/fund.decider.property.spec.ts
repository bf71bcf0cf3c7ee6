import fc from 'fast-check';
import { DomainError } from '@gongjian/eventing';
import { ACCOUNT_KINDS, type AccountKind, balanceIn, ledgerProjections, type BookDocument } from '@gongjian/ledger';
import { FUNDS_EVENTS, POSTING_EVENTS } from '../funds-events';
import { type FundCommand, fundDecider, type FundEvent, type FundState } from './fund.decider';

/**
 * The fund's book under any sequence of what its users do (issue 19): every posting balances, no
 * fund, budget or other non-negative account goes below zero, the read model's balances equal the
 * decider's, and the fund holds its yearly amount and 认捐, less what it allocated.
 */
const step = fc.oneof(
  fc.record({
    kind: fc.constant('allocate' as const),
    amount: fc.integer({ min: 1, max: 200_000 }),
    approve: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('contribute' as const),
    amount: fc.integer({ min: 1, max: 50_000 }),
    budget: fc.nat(5),
  }),
  fc.record({ kind: fc.constant('spend' as const), amount: fc.integer({ min: 1, max: 80_000 }), budget: fc.nat(5) }),
  fc.record({ kind: fc.constant('reverse' as const), spending: fc.nat(10) }),
);

it('keeps the fund’s book balanced and never below zero, whatever is asked of it', () => {
  const [, books] = ledgerProjections('funds', POSTING_EVENTS);
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 500_000 }), fc.array(step, { maxLength: 60 }), (yearly, steps) => {
      let state: FundState = fundDecider.initialState();
      const events: FundEvent[] = [];
      const apply = (command: FundCommand) => {
        try {
          for (const event of fundDecider.decide(command, state)) {
            events.push(event);
            state = fundDecider.evolve(state, event);
          }
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
        }
      };
      apply({
        type: 'OpenFund',
        postingId: 'open',
        fund: {
          fundId: 'f',
          name: '基金',
          kind: 'community_yearly',
          year: 2026,
          ownerOrgId: 's',
          grantorOrgId: 'd',
          yearlyAmount: yearly,
        },
      });
      const approved: string[] = [];
      const spendings: string[] = [];
      for (const [i, s] of steps.entries()) {
        if (s.kind === 'allocate') {
          const allocation = {
            allocationId: `a${i}`,
            target: 'micro_project' as const,
            targetId: `m${i}`,
            targetOrgId: 'c',
            amount: s.amount,
            purpose: '',
          };
          apply({ type: 'RequestAllocation', allocation });
          if (s.approve) {
            apply({ type: 'ApproveAllocation', allocationId: `a${i}`, postingId: `ap${i}` });
            if (state.exists && state.allocations.get(`a${i}`)?.status === 'approved') approved.push(`a${i}`);
          }
        } else if (s.kind === 'contribute') {
          const allocationId = approved.length && s.budget % 2 ? approved[s.budget % approved.length] : null;
          apply({
            type: 'RecordContribution',
            postingId: `c${i}`,
            contribution: { contributionId: `c${i}`, unitId: 'u', allocationId, amount: s.amount, note: '' },
          });
        } else if (s.kind === 'spend' && approved.length) {
          const allocationId = approved[s.budget % approved.length];
          const before = events.length;
          apply({
            type: 'RecordSpending',
            postingId: `s${i}`,
            spending: {
              spendingId: `s${i}`,
              allocationId,
              amount: s.amount,
              payee: 'p',
              purpose: 'x',
              spentOn: '2026-12-01',
              receiptSha256: '0'.repeat(64),
            },
          });
          if (events.length > before) spendings.push(`s${i}`);
        } else if (s.kind === 'reverse' && spendings.length) {
          apply({
            type: 'ReverseSpending',
            spendingId: spendings[s.spending % spendings.length],
            reason: 'x',
            postingId: `r${i}`,
          });
        }
        if (!state.exists) continue;
        for (const [accountId, balance] of state.book.balances) {
          const kind = accountId.split(':')[0] as AccountKind;
          if (!ACCOUNT_KINDS[kind].mayGoNegative) expect(balance).toBeGreaterThanOrEqual(0);
        }
      }
      if (!state.exists) throw new Error('the fund did not open');
      let doc: BookDocument | null = null;
      let contributedToFund = 0;
      let allocated = 0;
      for (const [revision, event] of events.entries()) {
        const posting = (event.data as { posting?: { legs: { amount: number }[] } }).posting;
        if (posting) expect(posting.legs.reduce((sum, l) => sum + l.amount, 0)).toBe(0);
        if (event.type === FUNDS_EVENTS.contributionRecorded && event.data.allocationId === null)
          contributedToFund += event.data.amount;
        if (event.type === FUNDS_EVENTS.allocationApproved) allocated += event.data.posting.legs[1].amount;
        const envelope = {
          type: event.type,
          data: event.data,
          streamId: 'funds.fund-f',
          streamRevision: revision,
          eventId: `e${revision}`,
          occurredAt: '2026-12-01T00:00:00Z',
          actor: { accountId: 'a' },
        };
        const next = books.apply(doc, envelope as never);
        if (next) doc = { ...next, version: revision } as BookDocument;
      }
      for (const [accountId, balance] of state.book.balances)
        expect(doc?.accounts.find((a) => a.accountId === accountId)?.balance).toBe(balance);
      expect(balanceIn(state.book, 'fund:f')).toBe(yearly + contributedToFund - allocated);
    }),
  );
});
