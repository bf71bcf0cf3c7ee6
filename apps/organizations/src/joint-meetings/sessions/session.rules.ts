import { DomainRuleViolation } from '@gongjian/eventing';
import type { AgendaItem, AgendaKind, AttendanceEntry, SessionCommand, SessionState } from './session.decider';

/**
 * The rules of a session's steps (大事共议), each a 422 with the field it is about: what an agenda
 * item must name, who may be recorded present, votes against attendance, action items' owners,
 * due days and the needs they create. `rule` is one such refusal.
 */
export const rule = (message: string, code: string, field: string) => new DomainRuleViolation(message, code, { field });

const CITING: AgendaKind[] = ['needs', 'offers', 'projects'];

/** Items that cite the lists cite something; free proposals name who proposed, a unit's a member unit. */
export function checkAgenda(agenda: AgendaItem[], memberUnits: string[]) {
  agenda.forEach((item, i) => {
    if (CITING.includes(item.kind) && item.refs.length === 0)
      throw rule(`an item about ${item.kind} cites at least one`, 'refs_missing', `agenda[${i}].refs`);
    if (item.kind === 'party_member_proposal' || item.kind === 'unit_proposal') {
      if (!item.proposedBy)
        throw rule('a proposal names who proposed it', 'proposer_missing', `agenda[${i}].proposedBy`);
      if (item.kind === 'unit_proposal' && !memberUnits.includes(item.proposedBy))
        throw rule('a unit proposal comes from a member unit', 'not_a_member', `agenda[${i}].proposedBy`);
    }
  });
}

export function checkAttendance(command: Extract<SessionCommand, { type: 'RecordAttendance' }>) {
  const check = (entries: AttendanceEntry[], allowed: string[], field: string, what: string) => {
    const seen = new Set<string>();
    entries.forEach((entry, i) => {
      if (seen.has(entry.id)) throw rule(`${entry.id} is named twice`, 'duplicate', `${field}[${i}]`);
      seen.add(entry.id);
      if (!allowed.includes(entry.id))
        throw rule(`${entry.id} is not ${what} of the meeting on the session's day`, 'not_a_member', `${field}[${i}]`);
    });
  };
  check(command.units, command.membersOnDay, 'units', 'a member unit');
  check(command.partTimeMembers, command.appointmentsOnDay, 'partTimeMembers', 'a part-time member');
}

export function checkVotes(command: Extract<SessionCommand, { type: 'RecordDecision' }>, state: SessionState) {
  if (command.method === 'consensus') {
    if (command.votes) throw rule('a decision by consensus has no votes', 'votes_with_consensus', 'votes');
    return;
  }
  const votes = command.votes;
  if (!votes) throw rule('a decision by votes needs the counts', 'votes_missing', 'votes');
  if (!state.attendance) throw rule('record the attendance before counting votes', 'attendance_not_recorded', 'votes');
  const present = [...state.attendance.units, ...state.attendance.partTimeMembers].filter((a) => a.present).length;
  if (votes.for + votes.against + votes.abstain > present)
    throw rule(`more votes than the ${present} present`, 'votes_exceed_attendance', 'votes');
  if (command.outcome === 'adopted' && votes.for <= votes.against)
    throw rule('an adopted decision has more votes for than against', 'outcome_contradicts_votes', 'outcome');
  if (command.outcome === 'rejected' && votes.for > votes.against)
    throw rule('a rejected decision has no more votes for than against', 'outcome_contradicts_votes', 'outcome');
}

export function checkActionItems(command: Extract<SessionCommand, { type: 'RecordDecision' }>, state: SessionState) {
  const proposals = new Set<string>();
  command.actionItems.forEach((item, i) => {
    const at = `actionItems[${i}]`;
    const { owner } = item;
    const known =
      owner.kind === 'organization'
        ? owner.id === state.orgId
        : owner.kind === 'unit'
          ? command.membersOnDay.includes(owner.id)
          : command.appointmentsOnDay.includes(owner.id);
    if (!known) throw rule(`${owner.id} is not a ${owner.kind} of this meeting`, 'unknown_owner', `${at}.owner.id`);
    if (item.dueOn.slice(0, 10) < state.heldOn)
      throw rule('an action item is not due before its session', 'invalid_date', `${at}.dueOn`);
    if (item.project) checkProject(command, state, i, proposals);
    const need = item.need;
    if (!need) return;
    if (command.outcome !== 'adopted')
      throw rule('only an adopted decision creates needs', 'needs_require_adoption', `${at}.need`);
    const community = command.communities[need.communityId];
    if (!community || community.kind !== 'community')
      throw rule(`${need.communityId} is not a known community`, 'unknown_community', `${at}.need.communityId`);
    if (community.status !== 'active')
      throw rule('the community is dissolved', 'organisation_dissolved', `${at}.need.communityId`);
    if (!community.within)
      throw rule('the community lies outside the meeting', 'community_outside_meeting', `${at}.need.communityId`);
    if (need.window.to.slice(0, 10) < need.window.from.slice(0, 10))
      throw rule('the window ends before it begins', 'invalid_window', `${at}.need.window.to`);
    if (need.window.to.slice(0, 10) < command.today)
      throw rule('the need window has already ended', 'window_ended', `${at}.need.window.to`);
  });
}

/**
 * An action item that accepts a matching proposal for both sides (大事共议 → 共建项目): only an
 * adopted decision does, the item's owner is a unit present at the session (the unit agrees in
 * the meeting), each proposal once. Whether the proposal is still open and is that unit's is
 * matching's to check when it accepts it.
 */
function checkProject(
  command: Extract<SessionCommand, { type: 'RecordDecision' }>,
  state: SessionState,
  i: number,
  seen: Set<string>,
) {
  const at = `actionItems[${i}]`;
  const item = command.actionItems[i];
  const proposalId = item.project?.proposalId ?? '';
  if (command.outcome !== 'adopted')
    throw rule('only an adopted decision accepts proposals', 'projects_require_adoption', `${at}.proposalId`);
  if (item.owner.kind !== 'unit')
    throw rule('the item accepting a proposal is owned by its unit', 'project_owner_not_unit', `${at}.owner.kind`);
  const present = state.attendance?.units.some((u) => u.id === item.owner.id && u.present) ?? false;
  if (!present) throw rule('the unit accepts in the meeting: it must be present', 'unit_not_present', `${at}.owner.id`);
  if (seen.has(proposalId)) throw rule(`${proposalId} is named twice`, 'duplicate', `${at}.proposalId`);
  seen.add(proposalId);
}
