import { type Decider, defineAggregate } from '@gongjian/eventing';
import { applyPosting, type BookState, checkPosting, emptyBook } from './book';
import type { Posting } from './posting';

/**
 * A book and nothing else: `Post` checks a posting against the book and records it. What a
 * service's money aggregate does around its domain commands (a fund's allocation, a member's
 * redemption), in its barest form: the subject of the ledger's contract suite and its benchmark.
 */
export const POSTING_RECORDED = 'ledger.PostingRecorded';

export type BookCommand = { type: 'Post'; posting: Posting };
export type BookEvent = { type: typeof POSTING_RECORDED; data: { posting: Posting } };

export const bookDecider: Decider<BookCommand, BookEvent, BookState> = {
  initialState: emptyBook,
  decide(command, state) {
    checkPosting(state, command.posting);
    return [{ type: POSTING_RECORDED, data: { posting: command.posting } }];
  },
  evolve: (state, event) => applyPosting(state, event.data.posting),
};

export const bookAggregate = defineAggregate({
  name: 'book',
  decider: bookDecider,
  streamId: (id: string) => `ledger.book-${id}`,
});
