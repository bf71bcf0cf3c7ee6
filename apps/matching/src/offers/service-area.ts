import type { Directory } from '@gongjian/auth';
import { ORG_KIND_CODES } from '@gongjian/contracts';
import { DomainRuleViolation } from '@gongjian/eventing';

const AREA_KINDS: readonly string[] = ORG_KIND_CODES;

/**
 * The organisations an offer serves (each one's whole subtree), which must be active and lie in
 * the unit's district; repeats dropped. 422 naming `serviceArea` otherwise.
 */
export async function requireServiceArea(directory: Directory, unitId: string, area: string[]): Promise<string[]> {
  const district = (await directory.lineage(unitId))[0];
  for (const orgId of area) {
    const org = await directory.get(orgId);
    // an area of the tree (a party organisation is not a place an offer serves)
    if (!org || !AREA_KINDS.includes(org.kind) || org.status !== 'active') {
      throw new DomainRuleViolation(`service area ${orgId} is not an active organisation`, 'invalid_service_area', {
        field: 'serviceArea',
      });
    }
    if (!(await directory.isWithin(orgId, district))) {
      throw new DomainRuleViolation(
        `service area ${orgId} lies outside the unit's district`,
        'service_area_outside_district',
        { field: 'serviceArea' },
      );
    }
  }
  return [...new Set(area)];
}
