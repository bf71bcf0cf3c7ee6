/**
 * 联席会议 sessions (issue 20): the public event the organizations service appends when a joint
 * meeting's session was held (v1). The assessment service counts meetings held (the meeting's
 * organisation) and attended (the member units and part-time members present) from it.
 */
export const JOINT_MEETING_EVENTS = {
  sessionHeld: 'organizations.JointMeetingSessionHeld',
} as const;

export interface JointMeetingSessionHeldV1 {
  sessionId: string;
  /** the organisation whose joint meeting held the session (district, street or community) */
  orgId: string;
  /** YYYY-MM-DD */
  heldOn: string;
  /** the member units present */
  unitIds: string[];
  /** the part-time members (兼职委员) present */
  partTimeMemberIds: string[];
  /** how many decisions the session recorded */
  decisions: number;
}
