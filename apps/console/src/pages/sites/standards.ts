import { useEffect, useState } from 'react';
import { api, type Schemas } from '../../api';

/** 星级考评标准 of a district (`GET /organizations/{id}/site-standards`). */
export type SiteStandards = Schemas['SiteStandards'];
export type Checklist = SiteStandards['checklists'][number];

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六'];
/** 4 → 四: the stars of the seed's wording (四星级以上由区层面考评). */
export const numeral = (n: number) => NUMERALS[n] ?? String(n);

/** The figures of the rule's words: 四 and 三 in Chinese (四星级以上由区层面考评), 4 and 3 in English. */
export const authorityWords = (districtStars: number) => ({
  n: districtStars,
  m: districtStars - 1,
  cn: numeral(districtStars),
  cm: numeral(districtStars - 1),
});

/** The standards of the district at or above `orgId`, again after each `tick`. */
export function useSiteStandards(orgId: string | null | undefined, tick = 0) {
  const [standards, setStandards] = useState<SiteStandards | null>(null);
  useEffect(() => {
    if (!orgId) return;
    let live = true;
    api
      .get('/organizations/{id}/site-standards', { path: { id: orgId } })
      .then((s) => live && setStandards(s))
      .catch(() => live && setStandards(null));
    return () => {
      live = false;
    };
  }, [orgId, tick]);
  return standards;
}

/** May this account give `districtStars` and more? The district's admins and the bootstrap admin. */
export const isDistrictRater = (account: { role: string; orgId: string | null }) =>
  account.role === 'district_admin' || (account.orgId === null && account.role !== 'auditor');
