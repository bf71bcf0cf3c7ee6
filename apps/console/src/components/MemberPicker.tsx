import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api, type Member } from '../api';
import { useI18n } from '../i18n';

/**
 * Picks party members of a community — its branches' members and those who reported to it (双报到),
 * the ones the volunteering service lets serve there; or of any organisation's area (`orgId`: a
 * street's members and those who reported to its communities). Searchable by name.
 */
export function MemberPicker({
  communityId,
  orgId,
  id,
  value,
  onChange,
  multiple = false,
}: {
  communityId: string | null | undefined;
  orgId?: string;
  id?: string;
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
  multiple?: boolean;
}) {
  const { t } = useI18n();
  const [options, setOptions] = useState<Array<{ value: string; label: string }>>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (!communityId && !orgId) return;
    let live = true;
    setLoading(true);
    api
      .get('/members', { query: communityId ? { communityId, limit: 200 } : { orgId, limit: 200 } })
      .then(
        (p) =>
          live &&
          setOptions(
            p.items.map((m: Member) => ({
              value: m.id,
              label: m.reportedTo === communityId ? `${m.name}（${t('members.reported')}）` : m.name,
            })),
          ),
      )
      .catch(() => live && setOptions([]))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [communityId, orgId, t]);
  return (
    <Select
      id={id}
      showSearch
      allowClear
      mode={multiple ? 'multiple' : undefined}
      optionFilterProp="label"
      loading={loading}
      placeholder={t('members.pick')}
      notFoundContent={t('members.noneInCommunity')}
      options={options}
      value={value}
      onChange={onChange}
      style={{ minWidth: 200 }}
    />
  );
}
