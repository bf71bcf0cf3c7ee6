import { App, Button, Card, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, type GridRoleList } from '../../api';
import { useFormFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import { useAccount } from '../../session';

/**
 * 十员: the roles each grid of the district fills besides its 网格长 and 网格员 — 东大街's ten
 * until the district sets its own. Everyone reads it; the district's admins change it (the server
 * decides: a street's or community's admin is refused in words).
 */
export function RoleList({ orgId }: { orgId: string | null }) {
  const { t } = useI18n();
  const account = useAccount();
  const [list, setList] = useState<GridRoleList | null>(null);
  const [editing, setEditing] = useState(false);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!orgId) return;
    let live = true;
    api
      .get('/organizations/{id}/grid-role-list', { path: { id: orgId } })
      .then((l) => live && setList(l))
      .catch(() => live && setList(null));
    return () => {
      live = false;
    };
  }, [orgId, tick]);
  if (!list) return null;
  const mayEdit =
    list.districtId !== null &&
    (account.role === 'district_admin' || (account.orgId === null && account.role !== 'auditor'));
  return (
    <Card
      size="small"
      title={t('grid.roleList')}
      extra={
        mayEdit && (
          <Button size="small" onClick={() => setEditing(true)} data-testid="role-list-edit">
            {t('common.edit')}
          </Button>
        )
      }
      data-testid="role-list"
    >
      <Space direction="vertical">
        <Typography.Text type="secondary">
          {list.isDefault ? t('grid.roleListDefault') : t('grid.roleListOwn')}
        </Typography.Text>
        <Space size={[4, 8]} wrap>
          {list.staff.map((r) => (
            <Tag key={r.code} color="red">
              {r.name}
            </Tag>
          ))}
          {list.roles.map((r) => (
            <Tag key={r.code}>{r.name}</Tag>
          ))}
        </Space>
      </Space>
      {list.districtId && (
        <EditRoleList
          open={editing}
          districtId={list.districtId}
          list={list}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setTick((n) => n + 1);
          }}
        />
      )}
    </Card>
  );
}

function EditRoleList({
  open,
  districtId,
  list,
  onClose,
  onSaved,
}: {
  open: boolean;
  districtId: string;
  list: GridRoleList;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<{ roles: Array<{ code: string; name: string }> }>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open) form.setFieldsValue({ roles: list.roles });
  }, [open, list, form]);
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      await api.post('/organizations/{id}/grid-role-list', { path: { id: districtId }, body: values });
      message.success(t('grid.saved'));
      onSaved();
    } catch (e) {
      formFailure(form, e, ['roles']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('grid.roleList')}
      onCancel={onClose}
      onOk={save}
      confirmLoading={busy}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      width={560}
    >
      <Typography.Paragraph type="secondary">{t('grid.roleListHint')}</Typography.Paragraph>
      <Form form={form}>
        <Form.List name="roles">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline">
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: t('common.required') }]}
                  >
                    <Input placeholder={t('grid.roleName')} style={{ width: 220 }} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'code']}
                    rules={[{ required: true, pattern: /^[a-z][a-z0-9_]*$/, message: t('grid.roleCodeRule') }]}
                  >
                    <Input placeholder={t('grid.roleCode')} style={{ width: 180 }} data-latin />
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(field.name)}>
                    {t('grid.remove')}
                  </Button>
                </Space>
              ))}
              <Button onClick={() => add({ code: '', name: '' })}>{t('grid.addRole')}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
