import {
  CATEGORY_CODES,
  NEED_STATUS_CODES,
  OFFER_STATUS_CODES,
  PROJECT_STATUS_CODES,
  PROPOSAL_STATUS_CODES,
  QUANTITY_UNIT_CODES,
  URGENCY_CODES,
} from '@gongjian/contracts';
import {
  array,
  date,
  id,
  integer,
  named,
  type NamedSchema,
  nullable,
  number,
  object,
  oneOf,
  page,
  record,
  type Schema,
  string,
} from '@gongjian/http';
import { DEFAULT_WEIGHTS, type Weights } from './engine/scoring';
import type {
  CallerViews,
  NeedAction,
  NeedSummary,
  OfferAction,
  OfferSummary,
  ProjectAction,
  ProposalAction,
} from './item-views';
import type { RunMatchingHandler } from './runs/run-matching/run-matching.handler';

/**
 * What the matching service's routes answer (`@Returns()`), for the OpenAPI document: each
 * resource as its query returns it to one caller (item-views.ts: the names beside its ids and
 * the `actions` the caller may take), typed by the function that makes it.
 */

type View<K extends keyof CallerViews> = CallerViews[K] extends (...args: never[]) => Promise<infer T> ? T : never;

const quantity = object({ amount: number(), unit: oneOf(QUANTITY_UNIT_CODES) });
const window = object({ from: date(), to: date() });
/** The parts of a score (scoring.ts), each weighted; a run's pairs leave out the parts worth 0. */
const parts = Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((part) => [part, number()])) as Record<
  keyof Weights,
  Schema<number>
>;
const breakdown = object(parts);
const pairBreakdown = object({}, parts);
const excludedBy = record(integer());
/** The name of an organisation or unit beside its id; null when the directory does not know it. */
const name = () => nullable(string());
/** What the caller may do with the item now, by the policy functions and states the commands check. */
const actions = <A extends string>(codes: readonly A[], description: string): Schema<A[]> => ({
  json: { ...array(oneOf(codes)).json, description },
});

/** A need beside a proposal, an unmatched need of a run or a to-do: what, how much, when, where. */
export const NEED_SUMMARY: NamedSchema<NeedSummary> = named(
  'NeedSummary',
  object({
    title: string(),
    quantity,
    remaining: quantity,
    window,
    urgency: oneOf(URGENCY_CODES),
    status: oneOf(NEED_STATUS_CODES),
    communityName: name(),
    gridName: name(),
  }),
);

/** An offer beside a proposal or an alternative of its explanation: what, how much, when, whose. */
export const OFFER_SUMMARY: NamedSchema<OfferSummary> = named(
  'OfferSummary',
  object({
    title: string(),
    capacity: quantity,
    remaining: quantity,
    window,
    status: oneOf(OFFER_STATUS_CODES),
    unitName: name(),
  }),
);

export const NEED: NamedSchema<View<'need'>> = named(
  'Need',
  object(
    {
      id: id(),
      version: integer(),
      communityId: id(),
      gridId: nullable(id()),
      title: string(),
      description: string(),
      category: oneOf(CATEGORY_CODES),
      tags: array(string()),
      quantity,
      window,
      urgency: oneOf(URGENCY_CODES),
      status: oneOf(NEED_STATUS_CODES),
      remaining: quantity,
      postedAt: date(),
      postedBy: string(),
      updatedAt: date(),
      communityName: name(),
      gridName: name(),
      actions: actions<NeedAction>(
        ['edit', 'cancel'],
        'edit (open), cancel (open or partly matched): an admin over its community',
      ),
    },
    {
      cancelReason: string(),
      expiredAt: date(),
      served: number(),
      code: string({ description: "编码: the office's own code of the item" }),
    },
  ),
);

export const OFFER: NamedSchema<View<'offer'>> = named(
  'Offer',
  object(
    {
      id: id(),
      version: integer(),
      unitId: id(),
      title: string(),
      description: string(),
      category: oneOf(CATEGORY_CODES),
      tags: array(string()),
      capacity: quantity,
      window,
      serviceArea: array(id()),
      status: oneOf(OFFER_STATUS_CODES),
      remaining: quantity,
      postedAt: date(),
      postedBy: string(),
      updatedAt: date(),
      unitName: name(),
      actions: actions<OfferAction>(
        ['edit', 'withdraw'],
        'edit (open), withdraw (until withdrawn or expired): its unit',
      ),
    },
    {
      withdrawReason: string(),
      expiredAt: date(),
      code: string({ description: "编码: the office's own code of the item" }),
    },
  ),
);

const explanation = object({
  breakdown,
  weights: record(number()),
  alternatives: array(
    object(
      {
        offerId: id(),
        score: number(),
        breakdown,
        assigned: number(),
        whyNot: oneOf(['also_assigned', 'capacity_used_elsewhere', 'lower_score', 'need_already_covered'] as const),
      },
      /** the alternative offer: what `GET /proposals/{id}` shows beside its id */
      { offer: nullable(OFFER_SUMMARY) },
    ),
  ),
  alternativesTotal: integer(),
  excludedBy: nullable(excludedBy),
});

export const PROPOSAL: NamedSchema<View<'proposal'>> = named(
  'Proposal',
  object(
    {
      id: id(),
      version: integer(),
      runId: nullable(id()),
      scopeOrgId: id(),
      needId: id(),
      offerId: id(),
      communityId: id(),
      unitId: id(),
      quantity,
      score: number(),
      breakdown,
      status: oneOf(PROPOSAL_STATUS_CODES),
      acceptedBy: array(oneOf(['community', 'unit'] as const)),
      createdAt: date(),
      updatedAt: date(),
      communityName: name(),
      unitName: name(),
      need: nullable(NEED_SUMMARY),
      offer: nullable(OFFER_SUMMARY),
      actions: actions<ProposalAction>(
        ['accept_community', 'reject_community', 'accept_unit', 'reject_unit'],
        'accept (until that side has) and reject a pending proposal, for each side the caller may act for',
      ),
    },
    {
      explanation,
      projectId: id(),
      supersededBy: id(),
      rejected: object({ side: string(), reason: string() }),
      closedBecause: oneOf(['need_cancelled', 'need_expired', 'offer_withdrawn', 'offer_expired'] as const),
    },
  ),
);

export const PROJECT: NamedSchema<View<'project'>> = named(
  'Project',
  object(
    {
      id: id(),
      version: integer(),
      proposalId: id(),
      needId: id(),
      offerId: id(),
      communityId: id(),
      unitId: id(),
      title: string(),
      quantity,
      status: oneOf(PROJECT_STATUS_CODES),
      createdAt: date(),
      startedAt: nullable(date()),
      completedAt: nullable(date()),
      report: nullable(string()),
      /** residents served (人次), when the completion counted them */
      beneficiaries: nullable(integer()),
      evaluations: array(object({ score: integer(), comment: string(), by: string(), at: date() })),
      meanScore: nullable(number()),
      participantCount: integer(),
      communityName: name(),
      unitName: name(),
      actions: actions<ProjectAction>(
        ['start', 'complete', 'evaluate'],
        'start (planned) and complete (in progress): either side; evaluate (completed, not yet rated): its community',
      ),
    },
    { participantMemberIds: array(id()) },
  ),
);

const stats = object({
  needs: integer(),
  offers: integer(),
  eligiblePairs: integer(),
  assignedQuantity: number(),
  objective: number(),
  millis: integer(),
});
const unmatched = array(object({ needId: id(), excludedBy }));

/** A run as recorded (`GET /matching/runs/{runId}`); its pairs are paged apart. */
export const RUN = named(
  'Run',
  object(
    {
      id: id(),
      version: integer(),
      scopeOrgId: id(),
      weights: record(number()),
      status: oneOf(['recording', 'completed'] as const),
      parts: integer(),
      startedBy: string(),
    },
    {
      startedAt: date(),
      completedAt: date(),
      stats,
      unmatched,
      capacities: record(number()),
      proposalIds: array(id()),
    },
  ),
);

/** What `POST /matching/runs` answers: the run's proposals and figures, each unmatched need by title. */
export const RUN_RESULT: NamedSchema<Awaited<ReturnType<RunMatchingHandler['execute']>>> = named(
  'RunResult',
  object({
    runId: id(),
    proposals: array(object({ id: id(), needId: id(), offerId: id(), quantity, score: number(), breakdown })),
    stats,
    unmatched: array(object({ needId: id(), excludedBy, need: nullable(NEED_SUMMARY) })),
  }),
);

const pair = object({ needId: id(), offerId: id(), score: number(), breakdown: pairBreakdown, quantity: number() });

export const RUN_PAIRS = page(pair, { objective: nullable(number()) });

/** 总览 of an area (summary.handler.ts): every figure counted on the server. */
export const SUMMARY = object({
  needs: object({
    total: integer(),
    /** category → status → needs */
    byCategory: record(record(integer())),
    live: integer(),
    matched: integer(),
  }),
  projects: object({
    total: integer(),
    daysToProject: object({
      mean: nullable(number()),
      /** upToDays null: the open last bucket */
      buckets: array(object({ upToDays: nullable(integer()), projects: integer() })),
    }),
    topUnits: array(object({ unitId: id(), unitName: name(), completedProjects: integer() })),
  }),
});

/** One block of the to-do: how many in all (counted on the server), and the newest of them. */
const block = <T>(item: Schema<T>) => nullable(object({ total: integer({ minimum: 0 }), items: array(item) }));

/**
 * 今日待办 (`GET /matching/todo`): the caller's blocks over its whole scope; a block that is not its
 * role's is null (a member's and an auditor's are all null, and `side` too).
 */
export const TODO = named(
  'MatchingTodo',
  object({
    side: nullable(oneOf(['community', 'unit'] as const)),
    openNeeds: block(NEED),
    awaiting: block(PROPOSAL),
    toStart: block(PROJECT),
    toComplete: block(PROJECT),
    toEvaluate: block(PROJECT),
    myOffers: block(OFFER),
  }),
);
