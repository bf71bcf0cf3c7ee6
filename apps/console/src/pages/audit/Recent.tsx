import { Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { usePaged } from '../../components/data';
import { PagedTable } from '../../components/PagedTable';
import type { AuditEvent } from '../../api';
import { useI18n } from '../../i18n';
import { Actor } from './shared';

/** The latest events of every service, newest first, by type or actor; a stream id opens its history. */
export function Recent({ open }: { open: (stream: string) => void }) {
  const { t, label } = useI18n();
  const [type, setType] = useState<string | undefined>();
  const [actor, setActor] = useState<string | undefined>();
  const paged = usePaged('/audit/events', { query: { type, actor } });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Input.Search
          placeholder={t('audit.typeHint')}
          allowClear
          onSearch={(v) => setType(v.trim() || undefined)}
          style={{ width: 280 }}
        />
        <Input.Search
          placeholder={t('audit.actorHint')}
          allowClear
          onSearch={(v) => setActor(v.trim() || undefined)}
          style={{ width: 220 }}
        />
      </Space>
      <PagedTable<AuditEvent>
        paged={paged}
        rowKey="eventId"
        empty={t('audit.recentEmpty')}
        testId="recent-events"
        columns={[
          {
            title: t('audit.occurredAt'),
            dataIndex: 'occurredAt',
            render: (d: string) => new Date(d).toLocaleString(),
          },
          {
            title: t('audit.type'),
            dataIndex: 'type',
            render: (type: string) => (
              <span>
                {label('event', type)} <Tag>{type}</Tag>
              </span>
            ),
          },
          {
            title: t('audit.streamId'),
            dataIndex: 'streamId',
            render: (s: string) => (
              <Typography.Link onClick={() => open(s)} data-latin>
                {s}
              </Typography.Link>
            ),
          },
          { title: t('audit.actor'), render: (_, e) => <Actor actor={e.actor} /> },
        ]}
      />
    </Space>
  );
}
