import { Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type Account, api, ApiError, session } from '../../api';
import { useFormFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import { isAdmin, useAccount } from '../../session';

/** 元 as the server writes it ("300000.00"), grouped for reading: ¥300,000.00. */
export function grouped(yuan: string): string {
  const negative = yuan.startsWith('-');
  const [int, fraction = '00'] = yuan.replace('-', '').split('.');
  return `${negative ? '-' : ''}¥${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

/** An amount the server gave, as it gave it (`data-yuan`) and grouped. */
export function Yuan({ value, testId, strong }: { value: string; testId?: string; strong?: boolean }) {
  return (
    <span data-yuan={value} data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {strong ? <Typography.Text strong>{grouped(value)}</Typography.Text> : grouped(value)}
    </span>
  );
}

/** The roles that read the trace of a spending (`GET /audit/traces/spendings/{id}`): district admins and auditors. */
export const TRACES: string[] = ['district_admin', 'auditor'];

/** What the API takes as 元: at most two decimals (libs/ledger YUAN_PATTERN). */
export const YUAN_INPUT = /^(0|[1-9][0-9]{0,10})(\.[0-9]{1,2})?$/;

const lineageCache = new Map<string, Promise<string[]>>();

/** The organisation and those above it (from the district down), cached for the tab's life. */
export function lineageOf(orgId: string): Promise<string[]> {
  if (!lineageCache.has(orgId))
    lineageCache.set(
      orgId,
      api
        .get('/organizations/{id}', { path: { id: orgId } })
        .then((o) => [...(o.lineage ?? []), o.id])
        .catch(() => [orgId]),
    );
  return lineageCache.get(orgId)!;
}

/** Whether the account administers `orgId` (its own organisation or one above it), as the server checks it. */
export function adminOver(account: Account, lineage: string[]): boolean {
  if (!isAdmin(account)) return false;
  return account.orgId === null || lineage.includes(account.orgId);
}

/** `adminOver` for an organisation by id: false until its lineage is read. */
export function useAdminOver(orgId: string | null | undefined): boolean {
  const account = useAccount();
  const [over, setOver] = useState(false);
  useEffect(() => {
    let live = true;
    setOver(false);
    if (orgId && isAdmin(account)) lineageOf(orgId).then((l) => live && setOver(adminOver(account, l)));
    return () => {
      live = false;
    };
  }, [orgId, account]);
  return over;
}

/** Uploads a receipt (JPEG, PNG or PDF) to a fund: its hash, size and type (`POST /funds/{id}/receipts`). */
export async function uploadReceipt(fundId: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  const token = session.token();
  const res = await fetch(`/api/v1/funds/${encodeURIComponent(fundId)}/receipts`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  const body = (await res.json().catch(() => ({}))) as {
    sha256?: string;
    size?: number;
    contentType?: string;
    message?: string;
    error?: string;
    details?: unknown;
  };
  if (!res.ok)
    throw new ApiError(res.status, body.message ?? res.statusText, body.error ?? String(res.status), body.details);
  return body as { sha256: string; size: number; contentType: string };
}

/**
 * Opens a receipt in a new tab: read with the bearer token (a plain link cannot carry it), shown
 * from the browser's memory as the server sent it (`GET /funds/{id}/receipts/{sha256}`).
 */
export async function openReceipt(fundId: string, sha256: string) {
  const tab = window.open('', '_blank');
  const token = session.token();
  const res = await fetch(`/api/v1/funds/${encodeURIComponent(fundId)}/receipts/${sha256}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!res.ok) {
    tab?.close();
    throw new ApiError(res.status, res.statusText, String(res.status), null);
  }
  const href = URL.createObjectURL(await res.blob());
  if (tab) tab.location.href = href;
  else window.location.href = href;
}

/**
 * A dialog asking for a reason (驳回, 冲销, 取消): `onSubmit` sends it; the API's refusal stays in
 * the dialog, next to the field or as a message.
 */
export function ReasonModal({
  open,
  title,
  label,
  okText,
  onClose,
  onSubmit,
  testId,
}: {
  open: boolean;
  title: string;
  label: string;
  okText: string;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<unknown>;
  testId: string;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const formFailure = useFormFailure();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const submit = async () => {
    const { reason } = await form.validateFields();
    setBusy(true);
    try {
      await onSubmit(reason.trim());
      onClose();
    } catch (e) {
      formFailure(form, e, ['reason']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={submit}
      okText={okText}
      okButtonProps={{ danger: true, loading: busy, 'data-testid': `${testId}-submit` }}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" name={testId}>
        <Form.Item
          name="reason"
          label={label}
          rules={[{ required: true, whitespace: true, message: t('funds.reasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
