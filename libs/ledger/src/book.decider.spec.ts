import { bookDecider } from './book.decider';
import { ledgerContract } from './ledger.contract';

ledgerContract('the bare book (libs/ledger)', {
  initialState: bookDecider.initialState,
  post: (state, posting) => bookDecider.decide({ type: 'Post', posting }, state),
  evolve: bookDecider.evolve,
  book: (state) => state,
});
