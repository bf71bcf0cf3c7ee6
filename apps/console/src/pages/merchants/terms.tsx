import { DatePicker, Form, type FormInstance, InputNumber, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { ApiError, type MerchantStatus, type MerchantTerms } from '../../api';
import { useI18n } from '../../i18n';

/** A merchant's status as a coloured tag, in words. */
export function MerchantStatusTag({ status }: { status: MerchantStatus }) {
  const { label } = useI18n();
  return (
    <Tag color={status === 'active' ? 'green' : 'red'} data-status={status}>
      {label('merchantStatus', status)}
    </Tag>
  );
}

/** Terms in words: 10 积分抵 1 元 · 每人每月上限 200 积分. */
export function useTermsText() {
  const { t } = useI18n();
  return (terms: Pick<MerchantTerms, 'pointsPerYuan' | 'monthlyCapPoints'>) =>
    t('merchants.termsOf', { points: terms.pointsPerYuan, cap: terms.monthlyCapPoints });
}

/** China's calendar day of now (terms start on a day of Beijing, whatever the browser's zone). */
export const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The first day new terms may start: today, or the day after the last entry when that is later. */
function firstOpenDay(last: string | undefined): Dayjs {
  const today = dayjs(chinaToday());
  if (!last) return today;
  const next = dayjs(last).add(1, 'day');
  return next.isAfter(today) ? next : today;
}

export interface TermsValues {
  terms: { pointsPerYuan: number; monthlyCapPoints: number; effectiveFrom: Dayjs };
}

/** The terms of the form as the API takes them. */
export const termsBody = ({ terms }: TermsValues) => ({
  pointsPerYuan: terms.pointsPerYuan,
  monthlyCapPoints: terms.monthlyCapPoints,
  effectiveFrom: terms.effectiveFrom.format('YYYY-MM-DD'),
});

/**
 * The discount terms' fields (under `terms`): points for 1 元, the cap per member per month, and
 * the day they start (today by default; never a day before today, which the API refuses too).
 */
export function TermsFields({ form, initial }: { form: FormInstance; initial?: Partial<MerchantTerms> }) {
  const { t } = useI18n();
  useEffect(() => {
    form.setFieldsValue({
      terms: {
        pointsPerYuan: initial?.pointsPerYuan ?? 10,
        monthlyCapPoints: initial?.monthlyCapPoints ?? 200,
        effectiveFrom: firstOpenDay(initial?.effectiveFrom),
      },
    });
  }, [form, initial?.pointsPerYuan, initial?.monthlyCapPoints, initial?.effectiveFrom]);
  const required = { required: true, message: t('merchants.termsRequired') };
  return (
    <Space style={{ display: 'flex' }} align="start">
      <Form.Item
        name={['terms', 'pointsPerYuan']}
        label={t('merchants.pointsPerYuan')}
        extra={t('merchants.pointsPerYuanHint')}
        rules={[required]}
      >
        <InputNumber<number>
          min={1}
          max={10_000}
          precision={0}
          addonAfter={t('merchants.perYuan')}
          style={{ width: 170 }}
        />
      </Form.Item>
      <Form.Item name={['terms', 'monthlyCapPoints']} label={t('merchants.monthlyCap')} rules={[required]}>
        <InputNumber<number>
          min={1}
          max={1_000_000}
          precision={0}
          addonAfter={t('merchants.points')}
          style={{ width: 170 }}
        />
      </Form.Item>
      <Form.Item
        name={['terms', 'effectiveFrom']}
        label={t('merchants.effectiveFrom')}
        extra={t('merchants.effectiveFromHint')}
        rules={[required]}
        style={{ maxWidth: 220 }}
      >
        <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') < chinaToday()} />
      </Form.Item>
    </Space>
  );
}

/** Where the API names the terms' fields: nested in a registration, flat in a change. */
export const TERMS_FIELDS = ['terms.pointsPerYuan', 'terms.monthlyCapPoints', 'terms.effectiveFrom'];

/** A refusal of a change of terms (whose fields the API names flat) as the form names them (under `terms`). */
export function nestedInTerms(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const nest = (field: unknown) => (typeof field === 'string' ? `terms.${field}` : field);
  const d = error.details as unknown;
  const details = Array.isArray(d)
    ? d.map((x: { field?: unknown }) => ({ ...x, field: nest(x.field) }))
    : d && typeof d === 'object'
      ? { ...d, field: nest((d as { field?: unknown }).field) }
      : d;
  return new ApiError(error.status, error.message, error.code, details);
}
