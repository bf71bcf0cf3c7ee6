import { Card, Empty, List, Space, Tabs, Typography } from 'antd';
import { areaScope } from '../components/data';
import { useI18n } from '../i18n';
import { isAdmin, useAccount } from '../session';
import { ExportButton } from './imports/ExportButton';
import { EXPORT_KINDS, IMPORT_KINDS } from './imports/importFlow';
import { ImportPanel } from './imports/ImportPanel';

/**
 * 导入导出: every office keeps its lists in Excel. Import a sheet per kind (organisations with a
 * parent column, units, members, needs, offers) from its template, checked first; export each
 * list the account sees, of its own area, as `.xlsx` (a sheet exported imports back unchanged).
 */
export default function ImportsPage() {
  const { t } = useI18n();
  const account = useAccount();
  const area = areaScope(account);
  const filters = { orgId: area.orgId ?? area.communityId };
  if (!isAdmin(account) && account.role !== 'auditor') return <Empty description={t('import.noAccess')} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      {isAdmin(account) && (
        <Card title={t('import.title')}>
          <Tabs
            destroyOnHidden
            items={IMPORT_KINDS.map((kind) => ({
              key: kind,
              label: t(`import.kind.${kind}`),
              children: <ImportPanel kind={kind} />,
            }))}
          />
        </Card>
      )}
      <Card title={t('export.title')}>
        <Typography.Paragraph type="secondary">{t('export.hint')}</Typography.Paragraph>
        <List
          dataSource={[...EXPORT_KINDS]}
          data-testid="exports"
          renderItem={(kind) => (
            <List.Item actions={[<ExportButton key="x" kind={kind} query={filters} />]}>
              <List.Item.Meta title={t(`export.list.${kind}`)} description={t(`export.about.${kind}`)} />
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
