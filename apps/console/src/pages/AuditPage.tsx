import { Card, Tabs } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../i18n';
import { History } from './audit/History';
import { Recent } from './audit/Recent';
import { Replays } from './audit/Replays';
import { Export, Integrity } from './audit/Tools';

/** 审计: entity history with causation, recent events, replays with progress and differences, integrity, export. */
export default function AuditPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const stream = params.get('stream') ?? '';
  const [tab, setTab] = useState(params.get('tab') ?? 'history');
  const open = (s: string) => {
    setParams(s ? { stream: s } : {});
    setTab('history');
  };
  return (
    <Card title={t('audit.title')}>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'history', label: t('audit.history'), children: <History stream={stream} open={open} /> },
          { key: 'recent', label: t('audit.recent'), children: <Recent open={open} /> },
          { key: 'replay', label: t('audit.replay'), children: <Replays /> },
          { key: 'integrity', label: t('audit.integrity'), children: <Integrity stream={stream} /> },
          { key: 'export', label: t('audit.export'), children: <Export stream={stream} /> },
        ]}
      />
    </Card>
  );
}
