import { Alert, App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, ApiError, type OrgNode } from '../../api';
import { translateApiError } from '../../apiMessages.admin';
import { useFormFailure } from '../../components/data';
import { OrgPicker, subtreeIds } from '../../components/OrgPicker';
import { useI18n } from '../../i18n';
import { useAccount } from '../../session';
import { CHILD_KIND, mayAddChild, mayDissolve, mayMove, mayRename, PARENT_KIND } from './policy';

type Dialog = 'add' | 'rename' | 'move' | 'dissolve' | null;

/**
 * The actions on one organisation of the tree, each for the roles that may take it (policy.ts):
 * register a child of the level below, rename, move under another parent of the level above,
 * dissolve — whose refusal (what still hangs under it) is shown in words in the dialog.
 */
export function OrgActions({ node, tree, onChanged }: { node: OrgNode; tree: OrgNode | null; onChanged: () => void }) {
  const { t, label, locale } = useI18n();
  const account = useAccount();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm<{ name: string; parentId: string }>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const child = CHILD_KIND[node.kind];

  const open = (which: Dialog) => {
    form.resetFields();
    if (which === 'rename') form.setFieldsValue({ name: node.name });
    setRefusal(null);
    setDialog(which);
  };
  const done = (text: string) => {
    message.success(text);
    setDialog(null);
    onChanged();
  };

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      if (dialog === 'add') {
        await api.post('/organizations', { body: { name: values.name, kind: child!, parentId: node.id } });
        done(t('org.created', { name: values.name }));
      } else if (dialog === 'rename') {
        await api.post('/organizations/{id}/rename', { path: { id: node.id }, body: { name: values.name } });
        done(t('org.renamed'));
      } else if (dialog === 'move') {
        await api.post('/organizations/{id}/move', { path: { id: node.id }, body: { parentId: values.parentId } });
        done(t('org.moved'));
      }
    } catch (e) {
      formFailure(form, e, ['name', 'parentId']);
    } finally {
      setBusy(false);
    }
  };

  const dissolve = async () => {
    setBusy(true);
    try {
      await api.post('/organizations/{id}/dissolve', { path: { id: node.id } });
      done(t('org.dissolved', { name: node.name }));
    } catch (e) {
      setRefusal(e instanceof ApiError ? translateApiError(e, locale) || t('common.forbidden') : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Space wrap size="small">
        {mayAddChild(account, node) && child && (
          <Button size="small" type="primary" onClick={() => open('add')} data-testid="org-add">
            {t('org.addChild', { kind: label('org.kind', child) })}
          </Button>
        )}
        {mayRename(account, node) && (
          <Button size="small" onClick={() => open('rename')} data-testid="org-rename">
            {t('org.rename')}
          </Button>
        )}
        {mayMove(account, node) && (
          <Button size="small" onClick={() => open('move')} data-testid="org-move">
            {t('org.move')}
          </Button>
        )}
        {mayDissolve(account, node) && (
          <Button size="small" danger onClick={() => open('dissolve')} data-testid="org-dissolve">
            {t('org.dissolve')}
          </Button>
        )}
      </Space>
      <Modal
        open={dialog === 'add' || dialog === 'rename' || dialog === 'move'}
        title={
          dialog === 'add'
            ? t('org.addChildTitle', { kind: label('org.kind', child ?? ''), parent: node.name })
            : dialog === 'rename'
              ? t('org.renameTitle', { name: node.name })
              : t('org.moveTitle', { name: node.name })
        }
        onCancel={() => setDialog(null)}
        onOk={save}
        confirmLoading={busy}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'org-save' } as Record<string, string>}
      >
        <Form form={form} layout="vertical">
          {dialog !== 'move' ? (
            <Form.Item
              name="name"
              label={t('common.name')}
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            >
              <Input id="org-name" maxLength={100} />
            </Form.Item>
          ) : (
            <Form.Item
              name="parentId"
              label={t('org.newParent', { kind: label('org.kind', PARENT_KIND[node.kind] ?? '') })}
              extra={t('org.moveHint')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <OrgPicker
                id="org-parent"
                tree={tree}
                kinds={[PARENT_KIND[node.kind] as OrgNode['kind']]}
                exclude={[...subtreeIds(node), node.parentId ?? '']}
              />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <Modal
        open={dialog === 'dissolve'}
        title={t('org.dissolveTitle', { name: node.name })}
        onCancel={() => setDialog(null)}
        onOk={dissolve}
        confirmLoading={busy}
        okText={t('org.dissolve')}
        okButtonProps={{ danger: true, ...({ 'data-testid': 'org-dissolve-confirm' } as Record<string, string>) }}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>{t('org.dissolveExplain')}</Typography.Paragraph>
          {refusal && <Alert type="error" showIcon message={refusal} data-testid="dissolve-refusal" />}
        </Space>
      </Modal>
    </>
  );
}
