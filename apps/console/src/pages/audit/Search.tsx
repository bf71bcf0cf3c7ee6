import { Empty, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { StreamHit } from '../../api';
import { usePaged } from '../../components/data';
import { PagedTable } from '../../components/PagedTable';
import { useI18n } from '../../i18n';
import { STREAM_KINDS, useStreamName } from './shared';

/** The kinds a search finds by name (the audit service's NAMED_KINDS). */
const SEARCHED = [
  'matching.need',
  'matching.project',
  'matching.offer',
  'members.member',
  'organizations.unit',
  'organizations.org',
  'volunteering.activity',
  'volunteering.wish',
  'volunteering.team',
  'organizations.serviceSite',
  'organizations.account',
] as const;

/**
 * Find a history by what an auditor knows (issue 17): a need's title, a member's name, a unit's
 * name → the subjects so named, each with the records about it (a need's proposals and project, a
 * unit's offers and pairings, a member's ledger); a click opens the history.
 */
export function Search({ open, showResults }: { open: (stream: string) => void; showResults: boolean }) {
  const { t, locale } = useI18n();
  const streamName = useStreamName();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<(typeof SEARCHED)[number] | undefined>();
  const paged = usePaged(q ? '/audit/search' : null, { query: { q, kind } }, 10);
  const when = (iso: string) => new Date(iso).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', { hour12: false });
  const link = (s: StreamHit) => (
    <Typography.Link onClick={() => open(s.streamId)} data-testid="search-open">
      {streamName(s.streamId, {}, s.label)}
    </Typography.Link>
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="audit-search">
      <Space.Compact style={{ width: '100%', maxWidth: 820 }}>
        <Select
          allowClear
          placeholder={t('audit.searchKind')}
          style={{ width: 160 }}
          value={kind}
          onChange={setKind}
          options={SEARCHED.map((k) => ({ value: k, label: t(STREAM_KINDS[k]) }))}
        />
        <Input.Search
          placeholder={t('audit.searchHint')}
          allowClear
          enterButton={t('audit.search')}
          onSearch={(v) => {
            setQ(v.trim());
            if (!showResults) open(''); // a new search leaves the history it was reading
          }}
          data-testid="audit-search-input"
        />
      </Space.Compact>
      {q && showResults && (
        <PagedTable<(typeof paged.items)[number]>
          paged={paged}
          rowKey="streamId"
          showHeader={false}
          empty={t('audit.searchEmpty', { q })}
          testId="search-results"
          columns={[
            {
              render: (_, hit) => (
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Space wrap>
                    {link(hit)}
                    <Tag>{t('audit.events', { n: hit.events })}</Tag>
                    <Typography.Text type="secondary">{t('audit.lastAt', { at: when(hit.lastAt) })}</Typography.Text>
                  </Space>
                  {hit.relatedTotal > 0 && (
                    <Space wrap size={4} data-testid="related-kinds">
                      <Typography.Text type="secondary">{t('audit.related')}：</Typography.Text>
                      {Object.entries(hit.relatedKinds).map(([k, n]) => (
                        <Tag key={k}>
                          {STREAM_KINDS[k] ? t(STREAM_KINDS[k]) : k} {n}
                        </Tag>
                      ))}
                    </Space>
                  )}
                  {hit.related.length > 0 && (
                    <List
                      size="small"
                      dataSource={hit.related}
                      renderItem={(s) => (
                        <List.Item style={{ padding: '2px 0' }}>
                          <Space wrap>
                            {link(s)}
                            <Typography.Text type="secondary">
                              {t('audit.events', { n: s.events })} · {t('audit.lastAt', { at: when(s.lastAt) })}
                            </Typography.Text>
                          </Space>
                        </List.Item>
                      )}
                      footer={
                        hit.relatedTotal > hit.related.length && (
                          <Typography.Text type="secondary">
                            {t('audit.relatedMore', { n: hit.relatedTotal - hit.related.length })}
                          </Typography.Text>
                        )
                      }
                    />
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      {!q && showResults && <Empty description={t('audit.searchHint')} image={Empty.PRESENTED_IMAGE_SIMPLE} />}
    </Space>
  );
}
