/**
 * What the API answers, written by hand: the OpenAPI document describes every route's input
 * (./schema.d.ts) but not yet its success answers (issue 26: its responses have no schema). The
 * fields a resource shares with the DTO that makes it, and every code list, come from the
 * document; the rest is written here and nowhere else. When the document gains a route's
 * response schema, the typed client takes it from there instead of `Returns` (api/index.ts), and
 * the entry here can go.
 */
import type { components, paths } from './schema';

type Schemas = components['schemas'];
/** A code list the document states on a query or a body (`status`, `category`, …). */
type Code<T> = NonNullable<T>;
/** The routes of the document, without their `/api/v1` prefix. */
type ApiPath = keyof paths extends infer K ? (K extends `/api/v1${infer R}` ? R : never) : never;
/** The query fields of a list route, as the document states them (a route it lacks fails the build). */
type QueryOf<P extends ApiPath> = paths[`/api/v1${P}`] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;

export type Quantity = Schemas['QuantityDto'];
export type TimeWindow = Schemas['WindowDto'];
export type Category = Schemas['PostNeedDto']['category'];

/** A page of a list route. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** how many the filter matches in all, counted on the server (lists read with `paginate`) */
  total?: number;
  /** the names behind the ids the items show (the audit lists) */
  names?: Record<string, string>;
}

/** The account of a session (`POST /auth/login`). */
export interface Account {
  id: string;
  username?: string;
  displayName: string;
  role: Schemas['CreateAccountDto']['role'];
  orgId: string | null;
}

export interface Organization {
  id: string;
  name: string;
  kind: Code<QueryOf<'/organizations'>['kind']>;
  parentId: string | null;
  lineage: string[];
}

export interface Unit {
  id: string;
  name: string;
  sector?: Code<QueryOf<'/units'>['sector']>;
  parentId: string;
}

/** `GET /organizations/:id/tree`: an organisation with its sub-organisations and units. */
export interface OrgNode {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  status: string;
  children: OrgNode[];
  units: Array<{ id: string; name: string; kind: string; sector?: string; parentId: string | null }>;
  counts?: { organizations: number; units: number; openNeeds: number };
}

/** What a need (需求) and an offer (资源) have in common: the items of the two lists matching pairs. */
export interface ListItem {
  id: string;
  version: number;
  title: string;
  description: string;
  category: Category;
  tags: string[];
  remaining: Quantity;
  window: TimeWindow;
  status: string;
  postedAt: string;
}

export interface Need extends ListItem, Pick<Schemas['PostNeedDto'], 'communityId' | 'quantity' | 'urgency'> {
  gridId?: string | null;
  status: Code<QueryOf<'/needs'>['status']>;
  served?: number;
  cancelReason?: string;
  communityName: string | null;
  gridName: string | null;
  /** what the caller may do with it now (the server's policy functions decide) */
  actions: Array<'edit' | 'cancel'>;
}

export interface Offer extends ListItem, Pick<Schemas['PostOfferDto'], 'unitId' | 'capacity' | 'serviceArea'> {
  status: Code<QueryOf<'/offers'>['status']>;
  unitName: string | null;
  actions: Array<'edit' | 'withdraw'>;
}

export type ProposalSide = Code<Schemas['RejectDto']['side']>;

/** A need beside a proposal or a to-do: what, how much, when, where (names, not ids). */
export interface NeedSummary extends Pick<Need, 'title' | 'quantity' | 'remaining' | 'window' | 'urgency' | 'status'> {
  communityName: string | null;
  gridName: string | null;
}

/** An offer beside a proposal or an alternative: what, how much, when, whose. */
export interface OfferSummary extends Pick<Offer, 'title' | 'capacity' | 'remaining' | 'window' | 'status'> {
  unitName: string | null;
}

export interface Proposal {
  id: string;
  runId: string | null;
  needId: string;
  offerId: string;
  communityId: string;
  unitId: string;
  quantity: Quantity;
  score: number;
  breakdown: Record<string, number>;
  status: Code<QueryOf<'/proposals'>['status']>;
  acceptedBy: ProposalSide[];
  projectId?: string;
  communityName: string | null;
  unitName: string | null;
  need: NeedSummary | null;
  offer: OfferSummary | null;
  /** accept or reject, for each side the caller may act for */
  actions: Array<`${'accept' | 'reject'}_${ProposalSide}`>;
}

/** `GET /proposals/:id`: a proposal with why it scored so, and why not the other offers. */
export interface ExplainedProposal extends Proposal {
  explanation: {
    breakdown: Record<string, number>;
    weights: Record<string, number>;
    alternatives: Array<{
      offerId: string;
      score: number;
      assigned: number;
      whyNot: string;
      offer: OfferSummary | null;
    }>;
    excludedBy: Record<string, number> | null;
  } | null;
}

/** `POST /matching/runs` */
export interface RunResult {
  runId: string;
  proposals: Proposal[];
  stats: { needs: number; offers: number; eligiblePairs: number; assignedQuantity: number; millis: number };
  unmatched: Array<{ needId: string; excludedBy: Record<string, number>; need: NeedSummary | null }>;
}

/** One block of `GET /matching/todo`: how many in all (counted on the server), and the newest. */
export interface TodoBlock<T> {
  total: number;
  items: T[];
}

/** `GET /matching/todo`: the caller's to-do in matching; a block not of the caller's role is null. */
export interface MatchingTodo {
  side: ProposalSide | null;
  openNeeds: TodoBlock<Need> | null;
  awaiting: TodoBlock<Proposal> | null;
  toStart: TodoBlock<Project> | null;
  toComplete: TodoBlock<Project> | null;
  toEvaluate: TodoBlock<Project> | null;
  myOffers: TodoBlock<Offer> | null;
}

/** `GET /matching/summary` */
export interface MatchingSummary {
  needs: { total: number; byCategory: Record<string, Record<string, number>>; live: number; matched: number };
  projects: {
    total: number;
    daysToProject: { mean: number | null; buckets: Array<{ upToDays: number | null; projects: number }> };
    topUnits: Array<{ unitId: string; unitName: string | null; completedProjects: number }>;
  };
}

export interface Project {
  id: string;
  proposalId: string;
  needId: string;
  offerId: string;
  communityId: string;
  unitId: string;
  title: string;
  quantity: Quantity;
  status: Code<QueryOf<'/projects'>['status']>;
  createdAt: string;
  startedAt: string | null;
  completedAt: string | null;
  report: string | null;
  /** only for the project's organisers (issue 16 item 5) */
  participantMemberIds?: string[];
  participantCount: number;
  evaluations: Array<Required<Schemas['EvaluateProjectDto']> & { by: string; at: string }>;
  meanScore: number | null;
  communityName: string | null;
  unitName: string | null;
  actions: Array<'start' | 'complete' | 'evaluate'>;
}

export interface Member {
  id: string;
  /** `reported`: a member who reported to us (双报到) — name, report and service here only;
   *  `incoming`: a transfer to us waiting for our acceptance — name and branches only */
  view?: 'full' | 'reported' | 'incoming';
  name: string;
  branchId?: string;
  joinedPartyOn?: string;
  employerUnitId?: string | null;
  inService?: boolean;
  status?: Code<QueryOf<'/members'>['status']>;
  reportedTo?: string | null;
  reportedOn?: string | null;
  phone?: string | null;
  points?: number;
  served?: { hours: number; points: number };
  pendingTransfer?: { fromBranchId: string; toBranchId: string; direction: 'out' | 'in' } | null;
  registeredAt?: string;
}

/** `GET /members/:id/points` */
export interface LedgerEntry {
  id: string;
  kind: 'award' | 'redemption' | 'evaluation';
  points: number;
  rule: string | null;
  title: string | null;
  merchant: string | null;
  hours: number;
  score: number | null;
  recordedAt: string;
}

/** `GET /members/:id/pioneer-index`: the explainable 先锋指数 of a quarter. */
export interface PioneerIndex {
  memberId: string;
  quarter: string;
  index: number;
  breakdown: {
    hours: { value: number; points: number };
    wishes: { value: number; points: number };
    projects: { value: number; points: number };
    evaluations: { scores: number[]; points: number };
  };
}

/** `GET /pioneer-index/leaderboard` */
export type LeaderboardRow = PioneerIndex & { rank: number; name: string; branchId: string };

export interface Pairing {
  id: string;
  unitId: string;
  orgId: string;
  establishedOn: string | null;
  endedOn: string | null;
  status: Code<QueryOf<'/pairings'>['status']>;
  /** the side that proposed it; null when made at once by an admin over both sides */
  proposedBy: 'organization' | 'unit' | null;
  proposedOn: string | null;
}

/** `GET /organizations/:id/joint-meeting` (联席会议) */
export interface JointMeeting {
  orgId: string;
  members: Array<{ unitId: string; joinedOn: string; leftOn: string | null; status: 'active' | 'left' }>;
  /** invitations (by the organisation side) and applications (by the unit side) awaiting the other side */
  pending?: Array<{ unitId: string; proposedBy: 'organization' | 'unit'; proposedOn: string }>;
}

export interface Activity
  extends
    Required<Omit<Schemas['PublishActivityDto'], 'description' | 'place'>>,
    Pick<Required<Schemas['PublishActivityDto']>, 'description' | 'place'> {
  id: string;
  communityId: string;
  cancelled: boolean;
  cancelReason: string | null;
  /** the member ids: only for the organisers (issue 16 item 5); everyone sees the counts */
  signedUp?: string[];
  signedUpCount: number;
  attendance?: Array<Schemas['AttendanceDto'] & { verifiedAt: string }>;
  attendanceCount: number;
  verifiedHours: number;
  /** a member account: whether it signed up, and the hours verified for it */
  self?: { memberId: string; signedUp: boolean; hours: number | null };
  openSlots: number;
  publishedAt: string;
  status: Code<QueryOf<'/activities'>['status']>;
}

/** `GET /activities/summary` */
export interface ActivitySummary {
  byCommunity: Array<{ communityId: string; communityName: string | null; verifiedHours: number }>;
}

export interface MicroWish extends Pick<Schemas['PostWishDto'], 'communityId' | 'title'> {
  id: string;
  description: string;
  status: Code<QueryOf<'/micro-wishes'>['status']>;
  /** only for the community's admins (issue 16 item 5) */
  claimedBy?: string | null;
  note: string | null;
  postedAt: string;
  fulfilledAt: string | null;
}

export interface Team extends Pick<Schemas['FormTeamDto'], 'name' | 'orgId'> {
  id: string;
  /** the roster: only for the admins over the team (issue 16 item 5) */
  memberIds?: string[];
  memberCount: number;
  formedAt: string;
}

export interface Rotation extends Pick<Schemas['PublishRotationDto'], 'orgId' | 'quarter'> {
  assignments: Array<{ gridId: string; teamId: string }>;
  loads: Record<string, number>;
  publishedAt: string;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface AuditEvent {
  eventId: string;
  type: string;
  streamId?: string;
  streamRevision: number;
  occurredAt: string;
  actor: { accountId: string; role: string; orgId: string | null } | null;
  correlationId: string;
  causationId: string | null;
  data: unknown;
  effects?: Array<{ projection: string; documentId: string; change: string; fields: FieldChange[] }>;
}

/** The names behind the ids an audit answer shows (organisations, units, members the reader may see…). */
export type Names = Record<string, string>;

/** `GET /audit/events/:eventId`: an event with what caused it (up to the request) and what it caused. */
export interface EventWithCausation extends AuditEvent {
  causedBy: AuditEvent[];
  caused: AuditEvent[];
  correlation: AuditEvent[];
  names: Names;
}

/** A stream as the audit search shows it: its subject's kind and name, how many events, when last. */
export interface StreamHit {
  streamId: string;
  kind: string;
  subjectId: string;
  label: string | null;
  events: number;
  firstAt: string;
  lastAt: string;
  lastType: string;
}

/** `GET /audit/search`: a subject found by name, with the streams about it. */
export interface SearchHit extends StreamHit {
  related: StreamHit[];
  relatedTotal: number;
  /** how many related streams of each kind */
  relatedKinds: Record<string, number>;
}

/** `GET /audit/streams/:streamId` */
export interface StreamHistory {
  streamId: string;
  revision: number;
  chain: { intact: boolean; breaks: unknown[] };
  events: AuditEvent[];
  state: Record<string, unknown>;
  names: Names;
}

export interface IntegrityReport {
  intact: boolean;
  checkedEvents: number;
  streams: number;
  breaks: Array<{ streamId: string; streamRevision: number; reason: string }>;
  millis: number;
}

/** A replay of a projection into a shadow collection (`/audit/replays`). */
export interface Replay {
  id: string;
  projection: string;
  status: 'running' | 'completed' | 'cancelled' | 'failed';
  progress: { done: number; total: number; eventsPerSecond: number; etaSeconds: number | null };
  documents: number | null;
  differences: Array<{ documentId: string; kind: 'missing' | 'different' | 'extra'; fields: FieldChange[] }> | null;
  chainBreaks: unknown[];
  error: string | null;
  swappedAt: string | null;
}

/**
 * The success answer of each route the console reads, by `METHOD route` as the document names
 * it (checked against the document in ./typing.check.ts). Hand-written: the document has none.
 */
export interface Returns {
  'POST /auth/login': { accessToken: string; account: Account };
  'GET /organizations': Page<Organization>;
  'GET /organizations/{id}': Organization;
  'GET /organizations/{id}/tree': OrgNode;
  'GET /organizations/{id}/joint-meeting': JointMeeting;
  'POST /organizations/{id}/joint-meeting/members': JointMeeting;
  'POST /organizations/{id}/joint-meeting/members/{unitId}/confirm': JointMeeting;
  'POST /organizations/{id}/joint-meeting/members/{unitId}/decline': JointMeeting;
  'POST /organizations/{id}/joint-meeting/members/{unitId}/withdraw': JointMeeting;
  'DELETE /organizations/{id}/joint-meeting/members/{unitId}': JointMeeting;
  'GET /units': Page<Unit>;
  'GET /units/{id}': Unit;
  'GET /pairings': Page<Pairing>;
  'GET /needs': Page<Need>;
  'GET /needs/{id}': Need;
  'GET /offers': Page<Offer>;
  'GET /offers/{id}': Offer;
  'POST /matching/runs': RunResult;
  'GET /matching/summary': MatchingSummary;
  'GET /matching/todo': MatchingTodo;
  'GET /proposals': Page<Proposal>;
  'GET /proposals/{id}': ExplainedProposal;
  'POST /proposals/{id}/accept': ExplainedProposal;
  'GET /projects': Page<Project>;
  'GET /projects/{id}': Project;
  'GET /members': Page<Member>;
  'GET /members/{id}': Member;
  'GET /members/{id}/points': Page<LedgerEntry> & { balance: number };
  'POST /members/{id}/redemptions': { points: number; balance: number };
  'GET /members/{id}/pioneer-index': PioneerIndex;
  'GET /pioneer-index/leaderboard': { items: LeaderboardRow[] };
  'GET /activities': Page<Activity>;
  'GET /activities/summary': ActivitySummary;
  'GET /activities/{id}': Activity;
  'POST /activities/{id}/signups': Activity;
  'DELETE /activities/{id}/signups/{memberId}': Activity;
  'POST /activities/{id}/attendance': Activity;
  'POST /activities/{id}/cancel': Activity;
  'GET /micro-wishes': Page<MicroWish>;
  'GET /teams': Page<Team>;
  'POST /teams/{id}/members': Team;
  'DELETE /teams/{id}/members/{memberId}': Team;
  'GET /rotations': Page<Rotation>;
  'GET /rotations/{orgId}/{quarter}': Rotation;
  'POST /rotations': Rotation;
  'GET /audit/events': Page<AuditEvent>;
  'GET /audit/search': Page<SearchHit>;
  'GET /audit/events/{eventId}': EventWithCausation;
  'GET /audit/streams/{streamId}': StreamHistory;
  'GET /audit/integrity': IntegrityReport;
  'GET /audit/projections': { items: string[] };
  'GET /audit/replays': Page<Replay>;
  'GET /audit/replays/{id}': Replay;
  'POST /audit/replays': Replay;
  'POST /audit/replays/{id}/cancel': Replay;
}

/**
 * Bodies the server takes that the document does not declare (a gap of the document, issue 26):
 * `AcceptDto extends ProposalSideDto` adds no rule of its own, so the document has no schema by
 * its name and the route no request body.
 */
export interface UndocumentedBodies {
  'POST /proposals/{id}/accept': Schemas['RejectDto'];
}
