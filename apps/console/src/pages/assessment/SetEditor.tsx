import { Button, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import {
  ASSESSMENT_PERIOD_CODES,
  type AssessmentPeriod,
  type Category,
  CATEGORY_CODES,
  INDEX_KIND_CODES,
  type IndexKind,
  type Measure,
  MEASURE_CODES,
  MEASURES,
} from '@gongjian/contracts';
import { api, type IndicatorSet } from '../../api';
import { useFormFailure } from '../../components/data';
import { useI18n } from '../../i18n';

interface IndicatorValues {
  measure: Measure;
  category?: Category;
  weight: number;
  cap?: number | null;
}
interface SetValues {
  index: IndexKind;
  name: string;
  period: AssessmentPeriod;
  indicators: IndicatorValues[];
}

const body = (v: SetValues) => ({
  name: v.name,
  period: v.period,
  indicators: v.indicators.map((i) => ({
    measure: i.measure,
    weight: i.weight,
    ...(i.category ? { category: i.category } : {}),
    ...(i.cap !== undefined && i.cap !== null ? { cap: i.cap } : {}),
  })),
});

/**
 * The draft editor of an indicator set: its index (when drafted), name, period and indicators —
 * each a measure of the index's catalogue, a category where the measure counts by one, the points
 * per unit and an optional cap. `editing`: a draft to revise; null: a new draft.
 */
export function SetEditor({
  open,
  editing,
  index,
  onClose,
  onSaved,
}: {
  open: boolean;
  editing: IndicatorSet | null;
  index: IndexKind;
  onClose: () => void;
  onSaved: (set: IndicatorSet) => void;
}) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<SetValues>();
  const [busy, setBusy] = useState(false);
  const formFailure = useFormFailure();
  const chosenIndex = Form.useWatch('index', form) ?? index;
  const indicators = Form.useWatch('indicators', form) ?? [];

  useEffect(() => {
    if (!open) return;
    if (editing)
      form.setFieldsValue({
        index: editing.index,
        name: editing.name,
        period: editing.period,
        indicators: editing.indicators.map((i) => ({
          ...i,
          category: (i.category ?? undefined) as Category | undefined,
        })),
      });
    else
      form.setFieldsValue({
        index,
        name: '',
        period: 'quarter',
        indicators: [{ measure: 'volunteer_hours', weight: 2 }],
      });
  }, [open, editing, index, form]);

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      const saved = editing
        ? await api.patch('/assessment/indicator-sets/{id}', { path: { id: editing.id }, body: body(values) })
        : await api.post('/assessment/indicator-sets', { body: { index: values.index, ...body(values) } });
      onSaved(saved);
    } catch (error) {
      formFailure(form, error, ['name', 'period', 'indicators']);
    } finally {
      setBusy(false);
    }
  };

  const measures = MEASURE_CODES.filter((m) => (MEASURES[m].indices as readonly string[]).includes(chosenIndex));
  return (
    <Modal
      open={open}
      width={760}
      title={editing ? t('assessment.edit') : t('assessment.draft')}
      okText={t('common.save')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="set-editor">
        <Space wrap>
          <Form.Item name="index" label={t('assessment.index')} rules={[{ required: true }]}>
            <Select
              disabled={editing !== null}
              style={{ width: 160 }}
              options={INDEX_KIND_CODES.map((k) => ({ value: k, label: label('indexKind', k) }))}
            />
          </Form.Item>
          <Form.Item name="period" label={t('assessment.period')} rules={[{ required: true }]}>
            <Select
              style={{ width: 120 }}
              options={ASSESSMENT_PERIOD_CODES.map((p) => ({ value: p, label: label('assessmentPeriod', p) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="name"
          label={t('assessment.name')}
          rules={[{ required: true, whitespace: true, message: t('assessment.nameRequired') }]}
        >
          <Input maxLength={100} data-testid="set-name" />
        </Form.Item>
        <Form.List name="indicators">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => {
                const measure = indicators[i]?.measure as Measure | undefined;
                return (
                  <Space key={field.key} align="baseline" wrap data-testid="set-indicator">
                    <Form.Item
                      name={[field.name, 'measure']}
                      label={i === 0 ? t('assessment.measure') : undefined}
                      rules={[{ required: true, message: t('assessment.measureRequired') }]}
                    >
                      <Select
                        style={{ width: 230 }}
                        options={measures.map((m) => ({ value: m, label: label('measure', m) }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'category']} label={i === 0 ? t('assessment.category') : undefined}>
                      <Select
                        allowClear
                        disabled={!measure || !MEASURES[measure].byCategory}
                        style={{ width: 140 }}
                        placeholder={t('assessment.anyCategory')}
                        options={CATEGORY_CODES.map((c) => ({ value: c, label: label('category', c) }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'weight']}
                      label={i === 0 ? t('assessment.weight') : undefined}
                      rules={[{ required: true }]}
                    >
                      <InputNumber<number> min={-100} max={100} style={{ width: 110 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'cap']} label={i === 0 ? t('assessment.cap') : undefined}>
                      <InputNumber<number>
                        min={0}
                        max={100000}
                        style={{ width: 110 }}
                        placeholder={t('assessment.noCap')}
                      />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)} disabled={fields.length === 1}>
                      −
                    </Button>
                  </Space>
                );
              })}
              <Button type="dashed" onClick={() => add({ measure: measures[0], weight: 1 })} data-testid="set-add">
                {t('assessment.addIndicator')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
