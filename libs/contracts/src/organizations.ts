import type { Category, Quantity, Urgency } from './catalogue';

/**
 * Public integration events of the organizations service (v1). Other services may consume these;
 * the organizations service's internal events may change, these only grow.
 */
/** The levels of the organisation tree (DESIGN §2). */
export const ORG_KINDS = {
  district: '区/县',
  street: '街道',
  community: '社区',
  grid: '网格',
  building: '楼栋',
} as const;
export type OrgKind = keyof typeof ORG_KINDS;
export const ORG_KIND_CODES = Object.keys(ORG_KINDS) as OrgKind[];

/** An organisation is active until it is dissolved (撤销). */
export const ORG_STATUSES = { active: '正常', dissolved: '已撤销' } as const;
export type OrgStatus = keyof typeof ORG_STATUSES;
export const ORG_STATUS_CODES = Object.keys(ORG_STATUSES) as OrgStatus[];

/** 结对共建 statuses: proposed by one side, active once the other confirms, then ended; or declined / withdrawn. */
export const PAIRING_STATUSES = {
  proposed: '待确认',
  active: '正常',
  ended: '已结束',
  declined: '已婉拒',
  withdrawn: '已撤回',
} as const;
export type PairingStatus = keyof typeof PAIRING_STATUSES;
export const PAIRING_STATUS_CODES = Object.keys(PAIRING_STATUSES) as PairingStatus[];

/** The kind each kind must hang under (DESIGN §2: district → street → community → grid → building). */
export const PARENT_KIND: Record<OrgKind, OrgKind | null> = {
  district: null,
  street: 'district',
  community: 'street',
  grid: 'community',
  building: 'grid',
};

/** 驻区单位 / 社会组织 sectors. */
export const UNIT_SECTORS = {
  party_government: '党政机关',
  public_institution: '事业单位',
  state_enterprise: '国有企业',
  private_enterprise: '非公企业',
  social_organization: '社会组织',
  other: '其他',
} as const;
export type UnitSector = keyof typeof UNIT_SECTORS;
export const UNIT_SECTOR_CODES = Object.keys(UNIT_SECTORS) as UnitSector[];

export interface OrganizationRegisteredV1 {
  orgId: string;
  name: string;
  kind: OrgKind;
  parentId: string | null;
  /** 编码 — the office's own code, when it gave one (issue 17) */
  code?: string;
}
export interface OrganizationRenamedV1 {
  orgId: string;
  name: string;
}
export interface OrganizationMovedV1 {
  orgId: string;
  fromParentId: string;
  toParentId: string;
}
export interface OrganizationDissolvedV1 {
  orgId: string;
}
export interface UnitRegisteredV1 {
  unitId: string;
  name: string;
  sector: UnitSector;
  locatedIn: string;
  /** 编码 — the office's own code (a 统一社会信用代码…), when it gave one (issue 17) */
  code?: string;
}
/** A unit's name, sector or location changed: the values after the change (a unit moved is in another scope). */
export interface UnitEditedV1 {
  unitId: string;
  name: string;
  sector: UnitSector;
  locatedIn: string;
}
export interface PairingEstablishedV1 {
  pairingId: string;
  unitId: string;
  orgId: string;
  establishedOn: string;
}
export interface PairingEndedV1 {
  pairingId: string;
  unitId: string;
  orgId: string;
  endedOn: string;
}

export const ORGANIZATION_EVENTS = {
  registered: 'organizations.OrganizationRegistered',
  renamed: 'organizations.OrganizationRenamed',
  moved: 'organizations.OrganizationMoved',
  dissolved: 'organizations.OrganizationDissolved',
  unitRegistered: 'organizations.UnitRegistered',
  unitEdited: 'organizations.UnitEdited',
  pairingEstablished: 'organizations.PairingEstablished',
  pairingEnded: 'organizations.PairingEnded',
} as const;

/**
 * 大事共议 (issue 20): a need a joint meeting's decision creates, drafted at decision time with the
 * id the matching service posts it under (once, whatever the redeliveries).
 */
export interface DecidedNeedV1 {
  needId: string;
  /** the action item of the decision the need belongs to */
  actionItemId: string;
  communityId: string;
  title: string;
  description: string;
  category: Category;
  quantity: Quantity;
  window: { from: string; to: string };
  urgency: Urgency;
}

/**
 * 大事共议 (issue 20): a matching proposal an adopted decision accepts for both its sides at once
 * (the community's meeting decides, the proposal's unit is a member present), the co-build project
 * to be created by the matching service under `projectId`, chosen at decision time.
 */
export interface DecidedProjectV1 {
  /** the action item of the decision the project belongs to (owned by the proposal's unit) */
  actionItemId: string;
  proposalId: string;
  projectId: string;
  /** the action item's owner: the unit the decision names; matching checks it is the proposal's */
  unitId: string;
}

/** A decision of a joint meeting's session (大事共议) on one agenda item, with the needs and projects it creates. */
export interface JointMeetingDecisionRecordedV1 {
  sessionId: string;
  /** the meeting's organisation */
  orgId: string;
  decisionId: string;
  agendaItemId: string;
  outcome: 'adopted' | 'rejected' | 'deferred';
  decidedOn: string;
  needs: DecidedNeedV1[];
  /** proposals accepted for both sides (additive: absent from earlier decisions) */
  projects?: DecidedProjectV1[];
}

/** A session of a joint meeting was held (closed with its attendance): what assessment counts. */
export interface JointMeetingSessionHeldV1 {
  sessionId: string;
  orgId: string;
  /** YYYY-MM-DD */
  heldOn: string;
  /** the member units present */
  unitIds: string[];
  /** the appointments (兼职委员) present */
  partTimeMemberIds: string[];
  /** how many decisions the session recorded */
  decisions: number;
}

export const JOINT_MEETING_EVENTS = {
  decisionRecorded: 'organizations.JointMeetingDecisionRecorded',
  sessionHeld: 'organizations.JointMeetingSessionHeld',
} as const;
