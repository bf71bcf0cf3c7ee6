import {
  GRID_EVENTS,
  JOINT_MEETING_EVENTS,
  type JointMeetingSessionHeldV1,
  MATCHING_EVENTS,
  type Measure,
  MEMBER_EVENTS,
  type MemberAccountLinkedV1,
  type MemberRegisteredV1,
  type MemberTransferredV1,
  type MicroWishFulfilledV1,
  type NeedPostedV1,
  ORGANIZATION_EVENTS,
  type PairingEstablishedV1,
  type PartyOrganizationCoverageChangedV1,
  type PartyOrganizationFormedV1,
  type ProjectCompletedV1,
  type ProjectEvaluatedV1,
  VOLUNTEERING_EVENTS,
  type VolunteerHoursVerifiedV1,
} from '@gongjian/contracts';
import { quarterOf, quartersOf } from './periods';

/** The public events the assessment folds: facts of service, people and organisations. */
export const TALLIED_EVENTS = [
  MEMBER_EVENTS.registered,
  MEMBER_EVENTS.transferred,
  MEMBER_EVENTS.erased,
  MEMBER_EVENTS.accountLinked,
  GRID_EVENTS.partyOrgFormed,
  GRID_EVENTS.partyOrgCoverageChanged,
  GRID_EVENTS.partyOrgDissolved,
  ORGANIZATION_EVENTS.pairingEstablished,
  VOLUNTEERING_EVENTS.hoursVerified,
  VOLUNTEERING_EVENTS.microWishFulfilled,
  MATCHING_EVENTS.needPosted,
  MATCHING_EVENTS.projectCompleted,
  MATCHING_EVENTS.projectEvaluated,
  JOINT_MEETING_EVENTS.sessionHeld,
] as const;
const TALLIED: ReadonlySet<string> = new Set(TALLIED_EVENTS);

/** What the fold needs of an event (an envelope, or a document of the inputs read model). */
export interface TalliedEvent {
  type: string;
  data: unknown;
  occurredAt: string;
}

export interface MemberFacts {
  name: string;
  /** the branch (党支部) or unit holding the member's organisation relationship */
  branchId: string;
  erased: boolean;
}

/** An organisation the 堡垒指数 ranks: a party branch, or a unit that paired (its branch). */
export interface OrgFacts {
  kind: 'branch' | 'unit';
  name: string | null;
  /** a branch's community; null for a unit (the directory places it) */
  parentId: string | null;
  dissolved: boolean;
}

/** `measure` or `measure|category`: a value with the filter it was counted under. */
export type MeasureKey = string;
type Values = Map<MeasureKey, number>;

/**
 * The facts of assessment folded from public events, in log order: who is where (members'
 * branches, branches' grids, needs' grids) and, by quarter, what each member (`m:<id>`) and each
 * organisation (`o:<id>`) did, per measure — a pure fold the live figures and the what-if replay
 * share, so a draft set replayed over the log sees exactly what the published one sees.
 */
export class Tally {
  readonly members = new Map<string, MemberFacts>();
  readonly orgs = new Map<string, OrgFacts>();
  /** account → member, from MemberAccountLinked: a member account reads its own figures */
  readonly accounts = new Map<string, string>();
  private readonly gridBranch = new Map<string, string>();
  /** a community's branches: those a joint meeting of the community counts as holding it */
  private readonly branchesUnder = new Map<string, Set<string>>();
  private readonly needs = new Map<string, { gridId: string | null; category: string }>();
  private readonly quarters = new Map<string, Map<string, Values>>();
  /** events folded (those of the tallied types) */
  folded = 0;

  static handles(type: string): boolean {
    return TALLIED.has(type);
  }

  apply(event: TalliedEvent): void {
    if (!TALLIED.has(event.type)) return;
    this.folded += 1;
    const quarter = quarterOf(event.occurredAt);
    switch (event.type) {
      case MEMBER_EVENTS.registered: {
        const d = event.data as MemberRegisteredV1;
        this.members.set(d.memberId, { name: d.name, branchId: d.branchId, erased: false });
        return;
      }
      case MEMBER_EVENTS.transferred: {
        const d = event.data as MemberTransferredV1;
        const member = this.members.get(d.memberId);
        if (member) member.branchId = d.toBranchId;
        return;
      }
      case MEMBER_EVENTS.erased: {
        const member = this.members.get((event.data as { memberId: string }).memberId);
        if (member) Object.assign(member, { erased: true, name: '' });
        return;
      }
      case MEMBER_EVENTS.accountLinked: {
        const d = event.data as MemberAccountLinkedV1;
        this.accounts.set(d.accountId, d.memberId);
        return;
      }
      case GRID_EVENTS.partyOrgFormed: {
        const d = event.data as PartyOrganizationFormedV1;
        if (d.kind !== 'branch') return;
        this.orgs.set(d.partyOrgId, { kind: 'branch', name: d.name, parentId: d.parentId, dissolved: false });
        const under = this.branchesUnder.get(d.parentId) ?? new Set<string>();
        this.branchesUnder.set(d.parentId, under.add(d.partyOrgId));
        for (const grid of d.covers) this.gridBranch.set(grid, d.partyOrgId);
        return;
      }
      case GRID_EVENTS.partyOrgCoverageChanged: {
        const d = event.data as PartyOrganizationCoverageChangedV1;
        if (!this.orgs.has(d.partyOrgId)) return;
        for (const grid of d.removed) if (this.gridBranch.get(grid) === d.partyOrgId) this.gridBranch.delete(grid);
        for (const grid of d.added) this.gridBranch.set(grid, d.partyOrgId);
        return;
      }
      case GRID_EVENTS.partyOrgDissolved: {
        const org = this.orgs.get((event.data as { partyOrgId: string }).partyOrgId);
        if (org) org.dissolved = true;
        return;
      }
      case ORGANIZATION_EVENTS.pairingEstablished: {
        const d = event.data as PairingEstablishedV1;
        if (!this.orgs.has(d.unitId))
          this.orgs.set(d.unitId, { kind: 'unit', name: null, parentId: null, dissolved: false });
        return;
      }
      case VOLUNTEERING_EVENTS.hoursVerified: {
        const d = event.data as VolunteerHoursVerifiedV1;
        this.add(
          quarter,
          [`m:${d.memberId}`, ...this.branchesOf([d.memberId])],
          'volunteer_hours',
          d.hours,
          d.category,
        );
        return;
      }
      case VOLUNTEERING_EVENTS.microWishFulfilled: {
        const d = event.data as MicroWishFulfilledV1;
        this.add(quarter, [`m:${d.memberId}`, ...this.branchesOf([d.memberId])], 'wishes_fulfilled', 1);
        return;
      }
      case MATCHING_EVENTS.needPosted: {
        const d = event.data as NeedPostedV1;
        this.needs.set(d.needId, { gridId: d.gridId, category: d.category });
        return;
      }
      case MATCHING_EVENTS.projectCompleted:
        return this.projectCompleted(quarter, event.data as ProjectCompletedV1);
      case MATCHING_EVENTS.projectEvaluated: {
        const d = event.data as ProjectEvaluatedV1;
        const members = d.participantMemberIds.map((m) => `m:${m}`);
        const orgs = new Set([`o:${d.unitId}`, ...this.branchesOf(d.participantMemberIds)]);
        this.add(quarter, [...members, ...orgs], 'evaluation_points', d.score - 3);
        return;
      }
      case JOINT_MEETING_EVENTS.sessionHeld:
        return this.sessionHeld(quarter, event.data as JointMeetingSessionHeldV1);
    }
  }

  private projectCompleted(quarter: string, d: ProjectCompletedV1): void {
    const members = d.participantMemberIds.map((m) => `m:${m}`);
    this.add(quarter, members, 'projects_served', 1);
    const orgs = new Set([`o:${d.unitId}`, ...this.branchesOf(d.participantMemberIds)]);
    this.add(quarter, [...orgs], 'projects_completed', 1);
    const need = this.needs.get(d.needId);
    const gridBranch = need?.gridId ? this.gridBranch.get(need.gridId) : undefined;
    const served = new Set([`o:${d.unitId}`, ...(gridBranch ? [`o:${gridBranch}`] : [])]);
    this.add(quarter, [...served], 'needs_served', 1, need?.category);
  }

  private sessionHeld(quarter: string, d: JointMeetingSessionHeldV1): void {
    const holders = new Set(this.branchesUnder.get(d.orgId));
    if (this.orgs.has(d.orgId)) holders.add(d.orgId);
    this.add(
      quarter,
      [...holders].map((id) => `o:${id}`),
      'meetings_held',
      1,
    );
    // the member units present; 兼职委员 (`partTimeMemberIds`) are appointments of people of units,
    // not members of the registry, so their presence is no member's (DECISIONS 81)
    this.add(
      quarter,
      d.unitIds.map((u) => `o:${u}`),
      'meetings_attended',
      1,
    );
  }

  /** The subjects (`o:<id>`) of the members' branches, each once. */
  private branchesOf(memberIds: string[]): string[] {
    const branches = new Set<string>();
    for (const id of memberIds) {
      const branch = this.members.get(id)?.branchId;
      if (branch) branches.add(`o:${branch}`);
    }
    return [...branches];
  }

  private add(quarter: string, subjects: string[], measure: Measure, amount: number, category?: string): void {
    let bySubject = this.quarters.get(quarter);
    if (!bySubject) this.quarters.set(quarter, (bySubject = new Map()));
    for (const subject of subjects) {
      let values = bySubject.get(subject);
      if (!values) bySubject.set(subject, (values = new Map()));
      values.set(measure, (values.get(measure) ?? 0) + amount);
      if (category) {
        const key = `${measure}|${category}`;
        values.set(key, (values.get(key) ?? 0) + amount);
      }
    }
  }

  /** What a subject (`m:<id>`, `o:<id>`) did in a period (a quarter, or the sum of a year's). */
  values(subject: string, period: string): Values {
    const sum: Values = new Map();
    for (const quarter of quartersOf(period))
      for (const [key, value] of this.quarters.get(quarter)?.get(subject) ?? [])
        sum.set(key, (sum.get(key) ?? 0) + value);
    return sum;
  }
}
