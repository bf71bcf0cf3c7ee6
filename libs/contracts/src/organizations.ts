/**
 * Public integration events of the organizations service (v1). Other services may consume these;
 * the organizations service's internal events may change, these only grow.
 */
export const ORG_KINDS = ['district', 'street', 'community', 'grid', 'building'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

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
  pairingEstablished: 'organizations.PairingEstablished',
  pairingEnded: 'organizations.PairingEnded',
} as const;
