import { Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { usePaged } from '../../components/data';
import { PagedTable } from '../../components/PagedTable';
import type { AuditEvent } from '../../api';
import { type EventType as Type, zhEvents } from '../../eventMessages';
import { useI18n } from '../../i18n';
import { Actor, EventType, useStreamName } from './shared';

/** The latest events of every service, newest first, by type (in words) or actor; a stream opens its history. */
export function Recent({ open }: { open: (stream: string) => void }) {
  const { t, label } = useI18n();
  const streamName = useStreamName();
  const [type, setType] = useState<Type | undefined>();
  const [actor, setActor] = useState<string | undefined>();
  const paged = usePaged('/audit/events', { query: { type, actor } });
  const names = paged.names ?? {};
  const types = (Object.keys(zhEvents) as Type[])
    .map((value) => ({ value, label: label('event', value) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('audit.typeAll')}
          style={{ width: 280 }}
          value={type}
          onChange={setType}
          options={types}
          data-testid="recent-type"
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
          { title: t('audit.type'), dataIndex: 'type', render: (type: string) => <EventType type={type} /> },
          {
            title: t('audit.history'),
            dataIndex: 'streamId',
            render: (s: string) => (
              <Typography.Link onClick={() => open(s)} title={s}>
                {streamName(s, names)}
              </Typography.Link>
            ),
          },
          { title: t('audit.actor'), render: (_, e) => <Actor actor={e.actor} names={names} /> },
        ]}
      />
    </Space>
  );
}
