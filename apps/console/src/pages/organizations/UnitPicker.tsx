import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n';

/** Picks a unit (驻区单位) by name among the registered ones (up to 200, searchable). */
export function UnitPicker({
  value,
  onChange,
  id,
  allowClear = false,
}: {
  value?: string;
  onChange?: (v: string) => void;
  id?: string;
  allowClear?: boolean;
}) {
  const { t, label } = useI18n();
  const [options, setOptions] = useState<Array<{ value: string; label: string }>>([]);
  useEffect(() => {
    api
      .get('/units', { query: { limit: 200 } })
      .then((p) =>
        setOptions(p.items.map((u) => ({ value: u.id, label: `${u.name}（${label('sector', u.sector)}）` }))),
      )
      .catch(() => setOptions([]));
  }, [label]);
  return (
    <Select
      id={id}
      showSearch
      allowClear={allowClear}
      optionFilterProp="label"
      placeholder={t('org.pickUnit')}
      style={{ width: 260 }}
      options={options}
      value={value}
      onChange={onChange}
    />
  );
}
