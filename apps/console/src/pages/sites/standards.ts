import { useEffect, useState } from 'react';
import { api, ApiError, type Schemas, session } from '../../api';

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

/** Uploads an evidence file (JPEG, PNG or PDF) of a site's rating: its hash (`POST /service-sites/{id}/evidence`). */
export async function uploadEvidence(siteId: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  const token = session.token();
  const res = await fetch(`/api/v1/service-sites/${encodeURIComponent(siteId)}/evidence`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  const body = (await res.json().catch(() => ({}))) as {
    sha256?: string;
    message?: string;
    error?: string;
    details?: unknown;
  };
  if (!res.ok)
    throw new ApiError(res.status, body.message ?? res.statusText, body.error ?? String(res.status), body.details);
  return body as { sha256: string; size: number; contentType: string };
}

/** Opens an evidence file a rating names in a new tab, read with the bearer token. */
export async function openEvidence(siteId: string, sha256: string) {
  const tab = window.open('', '_blank');
  const token = session.token();
  const res = await fetch(`/api/v1/service-sites/${encodeURIComponent(siteId)}/evidence/${sha256}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!res.ok) {
    tab?.close();
    throw new ApiError(res.status, res.statusText, String(res.status), null);
  }
  const href = URL.createObjectURL(await res.blob());
  if (tab) tab.location.href = href;
  else window.location.href = href;
}
