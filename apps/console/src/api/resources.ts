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

/** A page of a list route; `total`: how many items its filters match, where the route counts them. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
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
  status: Code<QueryOf<'/organizations'>['status']>;
  /** only `GET /organizations/:id` */
  lineage: string[];
  registeredAt: string;
}

export interface Unit {
  id: string;
  name: string;
  sector?: Code<QueryOf<'/units'>['sector']>;
  /** the community or street it is located in */
  parentId: string;
  status: string;
  registeredAt: string;
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
  /** at and below the node, counted on the server */
  counts?: { organizations: number; units: number; members: number; openNeeds: number };
}

/** An account (`GET /accounts`): its state, its last sign-in and its recent failed sign-ins. */
export interface AccountRecord {
  id: string;
  username: string;
  displayName: string;
  role: Account['role'];
  orgId: string | null;
  createdAt: string;
  disabled: boolean;
  disabledReason: 'by_admin' | 'organization_dissolved' | null;
  disabledAt: string | null;
  mustChangePassword: boolean;
  passwordChangedAt: string | null;
  lastSignIn: { at: string; address: string | null } | null;
  loginThrottle: { recentFailures: number; throttledAddresses: number; lastFailureAt: string | null };
}

/** `GET /accounts/:username/login-attempts` (district admins and auditors) */
export interface LoginAttempts {
  username: string;
  recentFailures: number;
  throttledAddresses: number;
  lastFailureAt: string | null;
  addresses: Array<{ address: string; failures: number; lastFailureAt: string; retryAfterSeconds: number }>;
}

/** 党群服务阵地 (`/service-sites`): a centre, station or point, with its yearly ratings (its history). */
export interface ServiceSite {
  id: string;
  orgId: string;
  name: string;
  level: Code<Schemas['OpenSiteDto']['level']>;
  address: string;
  ratings: Array<{ year: number; stars: number; reason: string; ratedBy: string }>;
  currentStars: number | null;
}

/** 兼职委员 of a street's or community's committee; past appointments with `endedOn`. */
export interface PartTimeMember {
  appointmentId: string;
  unitId: string;
  personName: string;
  position: string;
  term: { from: string; to: string };
  endedOn: string | null;
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
}

export interface Offer extends ListItem, Pick<Schemas['PostOfferDto'], 'unitId' | 'capacity' | 'serviceArea'> {
  status: Code<QueryOf<'/offers'>['status']>;
}

export type ProposalSide = Code<Schemas['RejectDto']['side']>;

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
}

/** `GET /proposals/:id`: a proposal with why it scored so, and why not the other offers. */
export interface ExplainedProposal extends Proposal {
  explanation: {
    breakdown: Record<string, number>;
    weights: Record<string, number>;
    alternatives: Array<{ offerId: string; score: number; assigned: number; whyNot: string }>;
    excludedBy: Record<string, number> | null;
  } | null;
}

/** `POST /matching/runs` */
export interface RunResult {
  runId: string;
  proposals: Proposal[];
  stats: { needs: number; offers: number; eligiblePairs: number; assignedQuantity: number; millis: number };
  unmatched: Array<{ needId: string; excludedBy: Record<string, number> }>;
}

/** `GET /matching/summary` */
export interface MatchingSummary {
  needs: { total: number; byCategory: Record<string, Record<string, number>>; live: number; matched: number };
  projects: {
    total: number;
    daysToProject: { mean: number | null; buckets: Array<{ upToDays: number | null; projects: number }> };
    topUnits: Array<{ unitId: string; completedProjects: number }>;
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
  pendingTransfer?: TransferRecord | null;
  registeredAt?: string;
  /** the full view only: where the member belonged, transfers asked and made, statuses */
  branchHistory?: Array<{ branchId: string; since: string; by: string }>;
  transfers?: TransferRecord[];
  statusHistory?: Array<{ status: NonNullable<Member['status']>; since: string; reason: string }>;
  personalData?: 'sealed' | 'erased';
}

/** One 组织关系转接: asked by one side (`out`: the member's branch, `in`: the destination), or `direct`. */
export interface TransferRecord {
  fromBranchId: string;
  toBranchId: string;
  direction: 'out' | 'in' | 'direct';
  status: 'pending' | 'completed' | 'declined' | 'cancelled';
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string;
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
  /** every step, oldest first */
  history?: Array<{ step: 'proposed' | 'established' | 'declined' | 'withdrawn' | 'ended'; at: string; by: string }>;
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
  byCommunity: Array<{ communityId: string; verifiedHours: number }>;
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

/** `GET /audit/events/:eventId`: an event with what caused it (up to the request) and what it caused. */
export interface EventWithCausation extends AuditEvent {
  causedBy: AuditEvent[];
  caused: AuditEvent[];
  correlation: AuditEvent[];
}

/** `GET /audit/streams/:streamId` */
export interface StreamHistory {
  streamId: string;
  revision: number;
  chain: { intact: boolean; breaks: unknown[] };
  events: AuditEvent[];
  state: Record<string, unknown>;
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
  'POST /auth/login': { accessToken: string; account: Account; mustChangePassword: boolean };
  'POST /auth/password': AccountRecord;
  'GET /organizations': Page<Organization>;
  'GET /organizations/{id}': Organization;
  'GET /organizations/{id}/tree': OrgNode;
  'POST /organizations': Organization;
  'POST /organizations/{id}/rename': Organization;
  'POST /organizations/{id}/move': Organization;
  'POST /organizations/{id}/dissolve': Organization;
  'GET /organizations/{id}/part-time-members': { orgId: string; items: PartTimeMember[] };
  'POST /organizations/{id}/part-time-members': { orgId: string; items: PartTimeMember[] };
  'POST /organizations/{id}/part-time-members/{appointmentId}/end': { orgId: string; items: PartTimeMember[] };
  'POST /units': Unit;
  'PATCH /units/{id}': Unit;
  'GET /accounts': Page<AccountRecord>;
  'POST /accounts': AccountRecord;
  'POST /accounts/{username}/disable': AccountRecord;
  'POST /accounts/{username}/enable': AccountRecord;
  'POST /accounts/{username}/password-reset': AccountRecord;
  'POST /accounts/{username}/unlock': AccountRecord;
  'GET /accounts/{username}/login-attempts': LoginAttempts;
  'GET /service-sites': Page<ServiceSite>;
  'GET /service-sites/{id}': ServiceSite;
  'POST /service-sites': ServiceSite;
  'POST /service-sites/{id}/ratings': ServiceSite;
  'POST /members/{id}/transfer': Member & { transfer: 'pending' | 'completed' };
  'POST /members/{id}/status': Member;
  'DELETE /members/{id}/personal-data': Member;
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
