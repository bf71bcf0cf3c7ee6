import { Alert, App, DatePicker, Form, type FormInstance, Input, InputNumber, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { CATEGORY_CODES, QUANTITY_UNIT_CODES } from '@gongjian/contracts';
import { ApiError, type ListItem } from '../../api';
import { useFormFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../messages';

/** `need` or `offer`: the prefix of the form's element ids and test ids (`need-title`, `offer-save`). */
export type ListKind = 'need' | 'offer';

/** A form's first values: any field, and any part of a nested one (antd's `RecursivePartial`). */
type FormDefaults<B> = Parameters<FormInstance<B>['setFieldsValue']>[0];

/**
 * `B`: the body that posts an item (the document's `PostNeedDto`, `PostOfferDto`), which the form's
 * values are; `F`: its fields fixed once posted, left out of an edit.
 */
interface EditorOptions<B, F extends keyof B> {
  /** the fields the API may name in a 400, shown next to them */
  fields: string[];
  /** the message of a posted item */
  created: MessageKey;
  /** the values of a new item's form */
  defaults: () => FormDefaults<B>;
  fixed: F[];
  /** POST the form's values (the description is '' when left empty) */
  post: (body: B) => Promise<unknown>;
  /** PATCH an item with the form's values but the fixed fields */
  patch: (id: string, changes: Omit<B, F>) => Promise<unknown>;
  /** reads the list again: after a save, and after a refusal that says the item changed */
  onSaved: () => void;
}

/** Posting and editing a need or an offer in a modal form: the API's field errors next to the fields, the input kept. */
export function useListItemEditor<T extends ListItem, B extends { description?: string }, F extends keyof B>(
  options: EditorOptions<B, F>,
) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<B>();
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [saving, setSaving] = useState(false);
  /** why the last save failed, shown in the dialog (null: nothing, or the fields say it) */
  const [error, setError] = useState<string | null>(null);

  const open = (item: T | 'new') => {
    setEditing(item);
    setError(null);
    form.resetFields();
    form.setFieldsValue(item === 'new' ? options.defaults() : (item as FormDefaults<B>));
  };

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    setError(null);
    try {
      const body: B = { ...values, description: values.description ?? '' };
      if (editing === 'new') {
        await options.post(body);
        message.success(t(options.created));
      } else if (editing) {
        const changes = Object.fromEntries(
          Object.entries(body).filter(([field]) => !options.fixed.includes(field as F)),
        ) as Omit<B, F>;
        await options.patch(editing.id, changes);
        message.success(t('common.saved'));
      }
      setEditing(null);
      options.onSaved();
    } catch (e) {
      setError(formFailure(form, e, options.fields));
      // refused because the item changed or is not the caller's: the list behind shows it as it is now
      if (e instanceof ApiError && [403, 404, 409].includes(e.status)) options.onSaved();
    } finally {
      setSaving(false);
    }
  };

  return { form, editing, saving, error, open, save, close: () => setEditing(null), isNew: editing === 'new' };
}

/** The modal of a need's or an offer's form. */
export function ListItemModal({
  kind,
  form,
  title,
  open,
  saving,
  error,
  onSave,
  onClose,
  children,
}: {
  kind: ListKind;
  form: FormInstance;
  title: string;
  open: boolean;
  saving: boolean;
  /** why the last save failed, in the person's language */
  error?: string | null;
  onSave: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={onSave}
      confirmLoading={saving}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      width={640}
      okButtonProps={{ 'data-testid': `${kind}-save` } as Record<string, string>}
    >
      {error && (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid={`${kind}-error`} />
      )}
      <Form form={form} layout="vertical" data-testid={`${kind}-form`}>
        {children}
      </Form>
    </Modal>
  );
}

/** Title (required) and description. */
export function TitleFields({ kind }: { kind: ListKind }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="title" label={t('common.title')} rules={[{ required: true, message: t('common.fixFields') }]}>
        <Input id={`${kind}-title`} maxLength={100} />
      </Form.Item>
      <Form.Item name="description" label={t('common.description')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}

/**
 * One row: the category (required, fixed once posted), a list's own field (`children`: a need's
 * urgency), an amount and its unit (a need's `quantity`, an offer's `capacity`).
 */
export function CategoryAndAmountFields({
  kind,
  locked,
  amount,
  amountLabel,
  unitLocked,
  children,
}: {
  kind: ListKind;
  locked: boolean;
  amount: 'quantity' | 'capacity';
  amountLabel: string;
  unitLocked?: boolean;
  children?: ReactNode;
}) {
  const { t, label } = useI18n();
  return (
    <Space wrap>
      <Form.Item
        name="category"
        label={t('common.category')}
        rules={[{ required: true, message: t('common.fixFields') }]}
      >
        <Select
          id={`${kind}-category`}
          style={{ width: 160 }}
          disabled={locked}
          options={CATEGORY_CODES.map((c) => ({ value: c, label: label('category', c) }))}
        />
      </Form.Item>
      {children}
      <Form.Item
        name={[amount, 'amount']}
        label={amountLabel}
        rules={[{ required: true, message: t('common.fixFields') }]}
      >
        <InputNumber id={`${kind}-amount`} style={{ width: 120 }} min={0} />
      </Form.Item>
      <Form.Item name={[amount, 'unit']} label=" " rules={[{ required: true, message: t('common.fixFields') }]}>
        <Select
          style={{ width: 120 }}
          disabled={unitLocked}
          options={QUANTITY_UNIT_CODES.map((u) => ({ value: u, label: label('unit', u) }))}
        />
      </Form.Item>
    </Space>
  );
}

/**
 * A form item of a date the API takes as `YYYY-MM-DD`: antd's DatePicker (in the console's locale,
 * zh-CN by default) shows and picks it; the form keeps the string.
 */
export const dateItemProps = {
  getValueProps: (value?: string | null) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined),
};

/** The time window: from and to (both required), as dates. */
export function WindowFields({ kind }: { kind: ListKind }) {
  const { t } = useI18n();
  const required = [{ required: true, message: t('common.fixFields') }];
  return (
    <Space wrap>
      <Form.Item name={['window', 'from']} label={t('common.from')} rules={required} {...dateItemProps}>
        <DatePicker id={`${kind}-from`} format="YYYY-MM-DD" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name={['window', 'to']} label={t('common.to')} rules={required} {...dateItemProps}>
        <DatePicker id={`${kind}-to`} format="YYYY-MM-DD" style={{ width: 160 }} />
      </Form.Item>
    </Space>
  );
}

/** Free tags, separated by commas or spaces. */
export function TagsField({ kind }: { kind: ListKind }) {
  const { t } = useI18n();
  return (
    <Form.Item name="tags" label={t('common.tags')}>
      <Select mode="tags" id={`${kind}-tags`} tokenSeparators={[',', '，', ' ']} />
    </Form.Item>
  );
}
