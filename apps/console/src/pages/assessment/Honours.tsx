import { Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { api, type Award } from '../../api';
import { useI18n } from '../../i18n';

/**
 * The confirmed awards (评优: 先锋党员, 五星党支部…) of a member or a party organisation, newest
 * first, as tags: on the member's drawer and in the branches' list. Nothing when there is none,
 * or when the account may not read them.
 */
export function Honours({
  of,
  id,
  empty = null,
}: {
  of: 'member' | 'organization';
  id: string;
  empty?: React.ReactNode;
}) {
  const { label } = useI18n();
  const [awards, setAwards] = useState<Award[]>([]);
  useEffect(() => {
    let live = true;
    const read =
      of === 'member'
        ? api.get('/assessment/members/{memberId}/awards', { path: { memberId: id } })
        : api.get('/assessment/organizations/{orgId}/awards', { path: { orgId: id } });
    read.then((r) => live && setAwards(r.items)).catch(() => live && setAwards([]));
    return () => {
      live = false;
    };
  }, [of, id]);
  if (awards.length === 0) return <>{empty}</>;
  return (
    <Space size={[4, 4]} wrap data-testid="honours">
      {awards.map((a) => (
        <Tag key={a.id} color="red">
          {a.year} {label('awardKind', a.kind)}
        </Tag>
      ))}
    </Space>
  );
}
