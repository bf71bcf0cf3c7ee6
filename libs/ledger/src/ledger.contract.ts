import fc from 'fast-check';
import { DomainRuleViolation, type EventEnvelope } from '@gongjian/eventing';
import { ACCOUNT_KINDS, type AccountKind, type AccountRef, account } from './accounts';
import { balancesAsOf } from './balances';
import { balanceIn, type BookState } from './book';
import { type BookDocument, ledgerProjections, type PostingOf, postingInData } from './ledger.projections';
import { legDelta, type Posting, transfer } from './posting';

/**
 * What any keeper of a book must hold (issue 19), for every sequence of postings it is asked to
 * record, as properties (fast-check): every posting it records balances; no account of a kind that
 * may not go negative ever does; the balances rebuilt from its events by the read model equal the
 * ones it keeps as it goes; a balance as of any moment equals the sum of the postings up to it.
 */
export interface LedgerSubject<S, E extends { type: string; data: unknown }> {
  initialState(): S;
  /** decide: the events recording `posting`, or a DomainRuleViolation refusing it */
  post(state: S, posting: Posting): E[];
  evolve(state: S, event: E): S;
  book(state: S): BookState;
  postingOf?: PostingOf;
}

const ACCOUNTS: AccountRef[] = [
  account('grant', 'g', 'district'),
  account('contribution', 'c', 'unit'),
  account('fund', 'f', 'street'),
  account('budget', 'b1', 'community'),
  account('budget', 'b2', 'community'),
  account('expense', 'e1', 'community'),
  account('merchant', 'm', 'street'),
  account('member_points', 'p', 'branch'),
];

/** Transfers between the accounts above, some of them bound to be refused. */
export const arbitraryPostings = (maxLength = 40) =>
  fc.array(
    fc.record({
      from: fc.constantFrom(...ACCOUNTS),
      to: fc.constantFrom(...ACCOUNTS),
      amount: fc.integer({ min: 1, max: 50_000 }),
      minutes: fc.integer({ min: 0, max: 10_000 }),
    }),
    { maxLength },
  );

let sequence = 0;
const envelope = (event: { type: string; data: unknown }, streamId: string, revision: number, at: string) =>
  ({
    eventId: `e-${++sequence}`,
    type: event.type,
    schemaVersion: 1,
    streamId,
    streamRevision: revision,
    globalPosition: revision + 1,
    occurredAt: at,
    recordedAt: at,
    actor: { accountId: 'test', role: 'system', orgId: null },
    correlationId: 'c',
    causationId: null,
    data: event.data,
    prevHash: '',
    hash: '',
  }) satisfies EventEnvelope;

const nonNegative = (kind: AccountKind) => !ACCOUNT_KINDS[kind].mayGoNegative;

export function ledgerContract<S, E extends { type: string; data: unknown }>(
  name: string,
  subject: LedgerSubject<S, E>,
): void {
  const postingOf = subject.postingOf ?? postingInData;
  /** Runs the postings through the subject: the events recorded, as the log would hold them. */
  const run = (steps: Array<{ from: AccountRef; to: AccountRef; amount: number; minutes: number }>) => {
    let state = subject.initialState();
    const events: EventEnvelope[] = [];
    const start = Date.parse('2026-01-01T00:00:00Z');
    let minutes = 0;
    for (const [i, step] of steps.entries()) {
      minutes += step.minutes;
      const at = new Date(start + minutes * 60_000).toISOString();
      let recorded: E[] = [];
      try {
        recorded = subject.post(state, transfer(`p-${i}`, step.from, step.to, step.amount));
      } catch (error) {
        if (!(error instanceof DomainRuleViolation)) throw error;
      }
      for (const event of recorded) {
        events.push(envelope(event, 'contract.book-1', events.length, at));
        state = subject.evolve(state, event);
      }
      for (const ref of ACCOUNTS)
        if (nonNegative(ref.kind)) expect(balanceIn(subject.book(state), ref.id)).toBeGreaterThanOrEqual(0);
    }
    return { state, events };
  };

  describe(`ledger contract: ${name}`, () => {
    it('records only postings that balance, and no account of a non-negative kind goes below zero', () => {
      fc.assert(
        fc.property(arbitraryPostings(), (steps) => {
          const { events } = run(steps);
          for (const event of events) {
            const posting = postingOf(event);
            if (!posting) continue;
            expect(posting.legs.reduce((sum, l) => sum + l.amount, 0)).toBe(0);
          }
        }),
      );
    });

    it('refuses exactly what would overdraw: a transfer the source covers is recorded', () => {
      fc.assert(
        fc.property(arbitraryPostings(20), (steps) => {
          let state = subject.initialState();
          for (const [i, step] of steps.entries()) {
            const posting = transfer(`p-${i}`, step.from, step.to, step.amount);
            const after = new Map<string, number>();
            for (const l of posting.legs)
              after.set(
                l.accountId,
                (after.get(l.accountId) ?? balanceIn(subject.book(state), l.accountId)) + legDelta(l),
              );
            const covered = posting.legs.every((l) => !nonNegative(l.kind) || after.get(l.accountId)! >= 0);
            let recorded: E[] | null = null;
            try {
              recorded = subject.post(state, posting);
            } catch (error) {
              if (!(error instanceof DomainRuleViolation)) throw error;
            }
            expect(recorded !== null).toBe(covered);
            for (const event of recorded ?? []) state = subject.evolve(state, event);
          }
        }),
      );
    });

    it('the balances the read model rebuilds from the events equal the ones kept as it went', () => {
      const [, books] = ledgerProjections('contract', ['*'], postingOf);
      fc.assert(
        fc.property(arbitraryPostings(), (steps) => {
          const { state, events } = run(steps);
          let doc: BookDocument | null = null;
          for (const event of events) {
            const next = books.apply(doc, event);
            if (next) doc = { ...next, version: event.streamRevision } as BookDocument;
          }
          for (const ref of ACCOUNTS) {
            const rebuilt = doc?.accounts.find((a) => a.accountId === ref.id)?.balance ?? 0;
            expect(rebuilt).toBe(balanceIn(subject.book(state), ref.id));
          }
        }),
      );
    });

    it('a balance as of any moment equals the sum of the postings up to it', () => {
      fc.assert(
        fc.property(arbitraryPostings(), fc.integer({ min: 0, max: 400_000 }), (steps, probe) => {
          const { events } = run(steps);
          const at = new Date(Date.parse('2026-01-01T00:00:00Z') + probe * 60_000).toISOString();
          const asOf = balancesAsOf(events, at, postingOf);
          for (const ref of ACCOUNTS) {
            let sum = 0;
            for (const event of events)
              if (event.occurredAt <= at)
                for (const l of postingOf(event)?.legs ?? []) if (l.accountId === ref.id) sum += legDelta(l);
            expect(asOf.get(ref.id)?.balance ?? 0).toBe(sum);
          }
        }),
      );
    });
  });
}
