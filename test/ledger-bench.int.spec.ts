import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ledgerBenchmarks } from '../bench/ledger.bench';

/**
 * The ledger bench of `npm run bench` (issue 19), at a small count: the postings through the fund
 * decider and the bare appends both land, the book, the read model and the log agree on the
 * balance, and the as-of balance is the log's up to the middle posting.
 */
describe('the ledger bench', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongjian-ledger-bench-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('appends through the decider beside bare appends, and reads the balance three ways', async () => {
    const result = await ledgerBenchmarks(dir, 300, 1);
    expect(result.postings).toBe(300);
    expect(result.balance).toMatchObject({ ok: true, expected: 30_000_000 + 300 * 100 });
    expect(result.ratio).toBeGreaterThan(0);
    // the middle posting and those of its millisecond before it: at least half of them, at most all
    expect(result.asOf.postings).toBeGreaterThanOrEqual(151);
    expect(result.asOf.balance).toBe(30_000_000 + (result.asOf.postings - 1) * 100);
  });
});
