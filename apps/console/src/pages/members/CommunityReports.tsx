import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { api, type ItemOf } from '../../api';
import { OrgName, StatusTag, useFailure, usePaged } from '../../components/data';
import { PagedTable } from '../../components/PagedTable';
import { useI18n } from '../../i18n';
import { useAccount } from '../../session';

type Request = ItemOf<'/members/community-reports'>;

/**
 * 双报到申请: the reports members (or their branches) asked of this community, waiting for it to
 * confirm or decline. The community sees the name, branch and status — no personal data — until
 * it confirms (docs/members.md).
 */
export function CommunityReports() {
  const { t, label } = useI18n();
  const account = useAccount();
  const { message } = App.useApp();
  const fail = useFailure();
  const paged = usePaged(account.orgId ? '/members/community-reports' : null, {
    query: { communityId: account.orgId ?? '' },
  });
  const [declining, setDeclining] = useState<Request | null>(null);
  const [reason, setReason] = useState('');

  const confirm = async (r: Request) => {
    try {
      await api.post('/members/{id}/community-report/confirm', { path: { id: r.memberId } });
      message.success(t('members.reportConfirmed', { name: r.name }));
      paged.reload();
    } catch (e) {
      fail(e);
    }
  };
  const decline = async () => {
    if (!declining) return;
    try {
      await api.post('/members/{id}/community-report/decline', {
        path: { id: declining.memberId },
        body: { reason: reason.trim() || undefined },
      });
      message.success(t('members.reportDeclined', { name: declining.name }));
      setDeclining(null);
      paged.reload();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <>
      <PagedTable<Request>
        paged={paged}
        empty={t('members.reportRequestsEmpty')}
        testId="report-requests"
        rowKey={(r) => r.memberId}
        columns={[
          { title: t('members.name'), dataIndex: 'name' },
          { title: t('members.branch'), render: (_, r) => <OrgName id={r.branchId} /> },
          { title: t('members.reportCommunity'), render: (_, r) => <OrgName id={r.communityId} /> },
          {
            title: t('common.status'),
            render: (_, r) => <StatusTag status={r.status} text={label('status', r.status)} />,
          },
          { title: t('members.requestedAt'), render: (_, r) => r.requestedAt.slice(0, 10) },
          {
            title: t('common.actions'),
            render: (_, r) => (
              <Space size="small">
                <Button size="small" type="link" data-testid="report-confirm" onClick={() => confirm(r)}>
                  {t('members.confirmReport')}
                </Button>
                <Button
                  size="small"
                  type="link"
                  danger
                  data-testid="report-decline"
                  onClick={() => {
                    setReason('');
                    setDeclining(r);
                  }}
                >
                  {t('members.declineReport')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={declining !== null}
        title={`${t('members.declineReport')} · ${declining?.name ?? ''}`}
        onCancel={() => setDeclining(null)}
        onOk={decline}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
      >
        <Form layout="vertical">
          <Form.Item label={t('members.declineReason')}>
            <Input.TextArea
              id="decline-reason"
              value={reason}
              maxLength={500}
              onChange={(e) => setReason(e.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
