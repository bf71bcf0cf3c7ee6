import { Tag } from 'antd';
import { Link } from 'react-router-dom';
import { type OrgNode, type Unit } from '../../api';
import { OrgName, usePaged } from '../../components/data';
import { PagedTable } from '../../components/PagedTable';
import { useI18n } from '../../i18n';

/**
 * The units located in an organisation and below it (`/units?within=`), paged, with the total the
 * server counted — the figure beside the tree is the same count, so the two never disagree.
 */
export function SubtreeUnits({ node }: { node: OrgNode }) {
  const { t, label } = useI18n();
  const paged = usePaged('/units', { query: { within: node.id } }, 10);
  return (
    <PagedTable<Unit>
      paged={paged}
      empty={t('org.unitsEmpty')}
      testId="org-units"
      size="small"
      columns={[
        { title: t('common.name'), dataIndex: 'name' },
        { title: t('org.sector'), dataIndex: 'sector', render: (s: string) => <Tag>{label('sector', s)}</Tag> },
        {
          title: t('org.locatedIn'),
          dataIndex: 'parentId',
          render: (id: string) => (id === node.id ? t('org.here') : <OrgName id={id} />),
        },
        {
          title: t('common.actions'),
          render: (_, u) => <Link to={`/units?id=${u.id}`}>{t('common.details')}</Link>,
        },
      ]}
    />
  );
}
