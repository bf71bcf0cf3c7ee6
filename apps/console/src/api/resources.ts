/**
 * The resources the console shows, by the names its pages use: each is the document's own schema
 * (./schema.d.ts, generated from the OpenAPI document, where every route states its success
 * answer) or the answer of the route that gives it. Nothing here is written by hand but `Page`.
 */
import type { Output } from '.';
import type { components } from './schema';

type Schemas = components['schemas'];
/** The item of a page. */
type Item<T> = T extends { items: Array<infer I> } ? I : never;

export type Quantity = Schemas['QuantityDto'];
export type TimeWindow = Schemas['WindowDto'];
export type Category = Schemas['PostNeedDto']['category'];

/** A page of a list route; `total`: how many items its filters match, every page together. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** how many the filter matches in all, counted on the server (every list) */
  total: number;
  /** the names behind the ids its items show (`GET /audit/events`) */
  names?: Output<'get', '/audit/events'>['names'];
}

/** The account of a session (`POST /auth/login`). */
export type Account = Schemas['Account'];
export type Organization = Schemas['Organization'];
export type Unit = Schemas['Unit'];
/** `GET /organizations/{id}/tree`: an organisation with its sub-organisations and units. */
export type OrgNode = Schemas['OrganizationTree'];
/** An account as `GET /accounts` lists it: its state, its last sign-in and its recent failed sign-ins. */
export type AccountRecord = Schemas['Account'];
/** `GET /accounts/{username}/login-attempts` (district admins and auditors) */
export type LoginAttempts = Output<'get', '/accounts/{username}/login-attempts'>;
/** 党群服务阵地 (`/service-sites`): a centre, station or point, with its yearly ratings (its history). */
export type ServiceSite = Schemas['ServiceSite'];
/** 兼职委员 of a street's or community's committee; past appointments with `endedOn`. */
export type PartTimeMember = Item<Schemas['PartTimeMembers']>;
export type Need = Schemas['Need'];
export type Offer = Schemas['Offer'];
/** What a need (需求) and an offer (资源) have in common: the items of the two lists matching pairs. */
export type ListItem = Need | Offer;
export type ProposalSide = NonNullable<Schemas['RejectDto']['side']>;
/** A need beside a proposal, an unmatched need or a to-do: what, how much, when, where (names, not ids). */
export type NeedSummary = Schemas['NeedSummary'];
/** An offer beside a proposal or an alternative: what, how much, when, whose. */
export type OfferSummary = Schemas['OfferSummary'];
export type Proposal = Schemas['Proposal'];
/** `GET /proposals/{id}`: a proposal with why it scored so, and why not the other offers. */
export type ExplainedProposal = Output<'get', '/proposals/{id}'>;
/** `POST /matching/runs` */
export type RunResult = Schemas['RunResult'];
/** `GET /matching/summary` */
export type MatchingSummary = Output<'get', '/matching/summary'>;
/** `GET /matching/todo`: the caller's to-do in matching; a block not of the caller's role is null. */
export type MatchingTodo = Schemas['MatchingTodo'];
export type Project = Schemas['Project'];
type MemberViews = Schemas['Member'];
type KeysOf<U> = U extends unknown ? keyof U : never;
type ValueIn<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;
/**
 * A member as the reader may see it: `view` full, reported (双报到, name, report and service) or
 * incoming (a transfer to us: name and branches). The fields every view has are there; the others
 * are absent in the views that lack them.
 */
export type Member = Pick<MemberViews, keyof MemberViews> & {
  [K in Exclude<KeysOf<MemberViews>, keyof MemberViews>]?: ValueIn<MemberViews, K>;
};
/** `GET /members/{id}/points` */
export type LedgerEntry = Item<Output<'get', '/members/{id}/points'>>;
/** `GET /members/{id}/pioneer-index`: the explainable 先锋指数 of a quarter. */
export type PioneerIndex = Output<'get', '/members/{id}/pioneer-index'>;
/** `GET /pioneer-index/leaderboard` */
export type LeaderboardRow = Item<Output<'get', '/pioneer-index/leaderboard'>>;
export type Pairing = Schemas['Pairing'];
/** `GET /organizations/{id}/joint-meeting` (联席会议) */
export type JointMeeting = Schemas['JointMeeting'];
export type Activity = Schemas['Activity'];
/** `GET /activities/summary` */
export type ActivitySummary = Output<'get', '/activities/summary'>;
export type MicroWish = Schemas['Wish'];
export type Team = Schemas['Team'];
export type Rotation = Schemas['Rotation'];
export type AuditEvent = Schemas['AuditEvent'];
/** `GET /audit/events/{eventId}`: an event with what caused it (up to the request) and what it caused. */
export type EventWithCausation = Output<'get', '/audit/events/{eventId}'>;
/** `GET /audit/streams/{streamId}` */
export type StreamHistory = Output<'get', '/audit/streams/{streamId}'>;
/** The names behind the ids an audit answer shows (organisations, units, members the reader may see…). */
export type Names = StreamHistory['names'];
/** A stream as the audit search shows it: its subject's kind and name, how many events, when last. */
export type StreamHit = Schemas['AuditStream'];
/** `GET /audit/search`: a subject found by name, with the streams about it. */
export type SearchHit = Schemas['AuditSearchHit'];
export type IntegrityReport = Output<'get', '/audit/integrity'>;
/** A replay of a projection into a shadow collection (`/audit/replays`). */
export type Replay = Schemas['Replay'];
export type FieldChange = NonNullable<Replay['differences']>[number]['fields'][number];
/** A 党支部 (网格党支部) or 党小组, with what the caller may do with it (issue 18). */
export type PartyOrganization = Schemas['PartyOrganization'];
export type PartyOrgAction = PartyOrganization['actions'][number];
/** A grid's 网格长, 网格员 and 十员, every term. */
export type GridRoster = Schemas['GridRoster'];
export type GridTerm = GridRoster['terms'][number];
export type GridRoleList = Schemas['GridRoleList'];
export type Household = Schemas['Household'];
export type HouseholdUnit = Schemas['HouseholdUnit'];
/** 资金 (issue 19): a fund with its figures in 元 ("300000.00"), as the server keeps them. */
export type Fund = Schemas['Fund'];
export type FundKind = Fund['kind'];
/** An allocation of a fund (申请/审批/驳回): a budget of a 微项目 or co-build project. */
export type Allocation = Schemas['Allocation'];
export type Spending = Schemas['Spending'];
/** 认捐: what a unit gave to a fund or into one of its budgets. */
export type Contribution = Schemas['Contribution'];
export type MicroProject = Schemas['MicroProject'];
export type MicroProjectStatus = MicroProject['status'];
/** A posting of a fund's book, leg by leg. */
export type Posting = Schemas['Posting'];
/** `GET /funds/{id}/ledger`: every account of a fund's book with its balance, now or as of `at`. */
export type FundLedger = Output<'get', '/funds/{id}/ledger'>;
export type AccountBalance = Schemas['AccountBalance'];
/** 联盟商户 (红色联盟): a merchant with its terms today and their history; the contact to admins and auditors. */
export type Merchant = Schemas['Merchant'];
export type MerchantTerms = Merchant['termsHistory'][number];
export type MerchantSector = Merchant['sector'];
export type MerchantStatus = Merchant['status'];
/** `GET /merchants/{id}/statements/{month}`: 月结单 — lines, totals and the office's confirmations. */
export type MerchantStatement = Schemas['MerchantStatement'];
export type StatementLine = MerchantStatement['lines'][number];
export type StatementTotals = MerchantStatement['totals'];
/** `GET /funds/reports/funds`: 资金报表 of a year, per fund with totals. */
export type FundReport = Schemas['FundReport'];
/** `GET /funds/reports/units`: 单位贡献 of a year, per unit with totals. */
export type UnitReport = Schemas['UnitContributionReport'];
/** `GET /audit/traces/spendings/{spendingId}`: a spending traced back to its fund, from the log. */
export type SpendingTrace = Schemas['SpendingTrace'];
export type TraceStep = SpendingTrace['steps'][number];
/** `GET /project-funding/{projectId}`: a co-build project's budget, 认捐, spent, left and allocations. */
export type ProjectFunding = Schemas['ProjectFunding'];
/** 考核 (issue 20): an indicator set (default, draft or published) of the 先锋指数 or 堡垒指数. */
export type IndicatorSet = Schemas['IndicatorSet'];
export type Indicator = IndicatorSet['indicators'][number];
/** `GET /assessment/rankings`: a period's ranking, with the breakdowns and the set that computed it. */
export type AssessmentRanking = Schemas['AssessmentRanking'];
export type RankedSubject = AssessmentRanking['items'][number];
/** A what-if: a draft replayed over the log, its progress and the ranking's changes. */
export type WhatIf = Schemas['WhatIf'];
export type WhatIfMove = NonNullable<WhatIf['moves']>[number];
/** 评优: an award proposed from a year's figures, confirmed or rejected by the district. */
export type Award = Schemas['Award'];
