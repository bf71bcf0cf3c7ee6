import { Button } from 'antd';
import { useState } from 'react';
import { useFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import { downloadFile, type ExportKind, exportUrl } from './importFlow';

/**
 * 导出 Excel of a list with the filters it shows (`GET /exports/{kind}.xlsx?…`): what the account
 * may read of it, as the list does (members without personal data unless the role may see it).
 */
export function ExportButton({
  kind,
  query = {},
  size = 'middle',
}: {
  kind: ExportKind;
  query?: Record<string, string | number | undefined | null>;
  size?: 'small' | 'middle';
}) {
  const { t } = useI18n();
  const fail = useFailure();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const day = new Date().toISOString().slice(0, 10);
      await downloadFile(exportUrl(kind, query), `${t(`export.file.${kind}`)}-${day}.xlsx`);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size={size} loading={busy} onClick={save} data-testid={`export-${kind}`}>
      {t('export.button')}
    </Button>
  );
}
