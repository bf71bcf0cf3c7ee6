import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { Actor, CommandContext } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { Command, IdParam, IsIsoDate, Optional, page, PageQuery, paginate, Returns } from '@gongjian/http';
import { type BookAccount, balancesAsOf, fenToYuan, type PostingDocument } from '@gongjian/ledger';
import { array, nullable, object, date as dateSchema } from '@gongjian/http';
import { assertReadsFund } from '../../funds.policy';
import { FundsReadModels } from '../../read-models';
import { ACCOUNT_BALANCE, POSTING } from '../../resources';
import { fundAggregate, fundStreamId } from '../fund.decider';

export class LedgerQuery {
  /** the balances at this moment, summed from the log (as-of); absent: now, from the read model */
  @Optional() @IsIsoDate() at?: string;
}

const accountResource = (
  a: Pick<BookAccount, 'accountId' | 'kind' | 'ownerOrgId' | 'balance' | 'debits' | 'credits' | 'postings'>,
) => ({
  accountId: a.accountId,
  kind: a.kind,
  ownerOrgId: a.ownerOrgId,
  balance: fenToYuan(a.balance),
  debits: fenToYuan(a.debits),
  credits: fenToYuan(a.credits),
  postings: a.postings,
});

const postingResource = ({ _id, version: _v, accountIds: _a, ownerOrgIds: _o, legs, ...rest }: PostingDocument) => ({
  id: _id,
  ...rest,
  legs: legs.map((l) => ({ ...l, amount: fenToYuan(l.amount) })),
});

/**
 * A fund's book: every account it holds with its balance (now from the read model; `?at=` summed
 * from the log up to that moment), and its journal, posting by posting.
 */
@Injectable()
export class FundLedgerHandler {
  private readonly funds;

  constructor(
    private readonly readModels: FundsReadModels,
    private readonly directory: Directory,
    commands: Commands,
  ) {
    this.funds = commands.for(fundAggregate);
  }

  async accounts(fundId: string, query: LedgerQuery, actor: Actor) {
    const fund = await this.readModels.funds.require(fundId);
    await assertReadsFund(actor, fund, this.directory);
    const book = await this.readModels.books.get(fundStreamId(fundId));
    const accounts = book?.accounts ?? [];
    if (!query.at) return { at: null, items: accounts.map(accountResource) };
    // the log of the fund's book, summed up to the moment (not the read model)
    const asOf = balancesAsOf(await this.funds.events(fundId), query.at);
    const items = accounts.map((a) => {
      const { balance, postings } = asOf.get(a.accountId) ?? { balance: 0, postings: 0 };
      return { ...accountResource({ ...a, balance, postings, debits: 0, credits: 0 }), debits: null, credits: null };
    });
    return { at: query.at, items };
  }

  async journal(fundId: string, query: PageQuery, actor: Actor) {
    const fund = await this.readModels.funds.require(fundId);
    await assertReadsFund(actor, fund, this.directory);
    const result = await paginate(this.readModels.postings, { book: fundStreamId(fundId) }, query);
    return { ...result, items: result.items.map(postingResource) };
  }
}

const LEDGER = object({
  at: nullable(dateSchema()),
  items: array(ACCOUNT_BALANCE),
});

@Controller('funds')
export class FundLedgerController {
  constructor(private readonly handler: FundLedgerHandler) {}

  @Get(':id/ledger')
  @Returns(LEDGER)
  accounts(@IdParam() id: string, @Query() query: LedgerQuery, @Command() context: CommandContext) {
    return this.handler.accounts(id, query, context.actor);
  }

  @Get(':id/postings')
  @Returns(page(POSTING))
  journal(@IdParam() id: string, @Query() query: PageQuery, @Command() context: CommandContext) {
    return this.handler.journal(id, query, context.actor);
  }
}
