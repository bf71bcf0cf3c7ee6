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
import type { toNeedResource } from './needs/needs.projection';
import type { toOfferResource } from './offers/offers.projection';
import type { toProjectResource } from './projects/projects.projection';
import type { toProposalResource } from './proposals/proposals.projection';

/**
 * What the matching service's routes answer (`@Returns()`), for the OpenAPI document: each
 * resource as its query returns it, typed by the function that makes it.
 */

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

export const NEED: NamedSchema<ReturnType<typeof toNeedResource>> = named(
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
    },
    { cancelReason: string(), expiredAt: date(), served: number() },
  ),
);

export const OFFER: NamedSchema<ReturnType<typeof toOfferResource>> = named(
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
    },
    { withdrawReason: string(), expiredAt: date() },
  ),
);

const explanation = object({
  breakdown,
  weights: record(number()),
  alternatives: array(
    object({
      offerId: id(),
      score: number(),
      breakdown,
      assigned: number(),
      whyNot: oneOf(['also_assigned', 'capacity_used_elsewhere', 'lower_score', 'need_already_covered'] as const),
    }),
  ),
  alternativesTotal: integer(),
  excludedBy: nullable(excludedBy),
});

export const PROPOSAL: NamedSchema<ReturnType<typeof toProposalResource>> = named(
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

export const PROJECT: NamedSchema<ReturnType<typeof toProjectResource>> = named(
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
      evaluations: array(object({ score: integer(), comment: string(), by: string(), at: date() })),
      meanScore: nullable(number()),
      participantCount: integer(),
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

/** What `POST /matching/runs` answers: the run's proposals and figures. */
export const RUN_RESULT = named(
  'RunResult',
  object({
    runId: id(),
    proposals: array(object({ id: id(), needId: id(), offerId: id(), quantity, score: number(), breakdown })),
    stats,
    unmatched,
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
    topUnits: array(object({ unitId: id(), completedProjects: integer() })),
  }),
});
