import { Alert, Button, Empty, Space, Table, type TableProps } from 'antd';
import { useI18n } from '../i18n';
import { type Paged, useErrorText } from './data';

interface Props<T> extends Omit<TableProps<T>, 'dataSource' | 'pagination' | 'loading'> {
  paged: Paged<T>;
  empty: string;
  testId?: string;
}

/**
 * A table over a cursor-paginated list: previous/next pages, the total the server counted (where the
 * route counts it), an empty state that says what to do next.
 */
export function PagedTable<T extends object>({ paged, empty, testId, ...rest }: Props<T>) {
  const { t } = useI18n();
  const errorText = useErrorText();
  if (paged.notFound) {
    return <Empty description={t('common.unknownRoute')} data-testid={testId ? `${testId}-unavailable` : undefined} />;
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {paged.error && <Alert type="error" showIcon message={errorText(paged.error)} />}
      <Table<T>
        rowKey={(r) => (r as { id?: string }).id ?? JSON.stringify(r)}
        size="middle"
        {...rest}
        dataSource={paged.items}
        loading={paged.loading}
        pagination={false}
        locale={{ emptyText: <Empty description={empty} /> }}
        data-testid={testId}
      />
      <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
        {typeof paged.total === 'number' && (
          <span data-testid={testId ? `${testId}-total` : undefined} data-total={paged.total}>
            {t('common.total', { n: paged.total })}
          </span>
        )}
        <Button size="small" disabled={!paged.hasPrev} onClick={paged.prev}>
          {t('common.prev')}
        </Button>
        <span>
          {paged.pageCount
            ? t('common.pageOf', { n: paged.pageNumber, of: paged.pageCount })
            : t('common.page', { n: paged.pageNumber })}
        </span>
        <Button size="small" disabled={!paged.nextCursor} onClick={paged.next}>
          {t('common.next')}
        </Button>
      </Space>
    </Space>
  );
}
