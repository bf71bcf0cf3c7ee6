import { Alert, App, Button, Checkbox, Descriptions, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useErrorText, useFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import {
  downloadFile,
  fileProblems,
  goodRows,
  type ImportKind,
  type ImportResult,
  nextStep,
  rejectedRows,
  sendImport,
  templateUrl,
} from './importFlow';

type Stage =
  { step: 'chosen' } | { step: 'checked'; result: ImportResult } | { step: 'imported'; result: ImportResult };

/**
 * One kind's import: the template to download, a sheet chosen, a dry run first (nothing is
 * written; the rejected rows are listed beside their messages, so the office fixes the sheet and
 * checks again), then the import — of the valid rows only when the office says so (`partial`).
 */
export function ImportPanel({ kind, onImported }: { kind: ImportKind; onImported?: (result: ImportResult) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const fail = useFailure();
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage | null>(null);
  const [partial, setPartial] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<ReturnType<typeof fileProblems> | null>(null);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setProblems(null);
    try {
      const result = await sendImport(kind, file, file.name, { dryRun, partial: !dryRun && partial });
      if (dryRun) setStage({ step: 'checked', result });
      else {
        setStage({ step: 'imported', result });
        message.success(
          t('import.done', { created: result.created, updated: result.updated, unchanged: result.unchanged }),
        );
        onImported?.(result);
      }
    } catch (e) {
      setProblems(fileProblems(e, errorText));
    } finally {
      setBusy(false);
    }
  };

  const template = async () => {
    try {
      await downloadFile(templateUrl(kind), `${t(`import.kind.${kind}`)}-${t('import.template')}.xlsx`);
    } catch (e) {
      fail(e);
    }
  };

  const result = stage && stage.step !== 'chosen' ? stage.result : null;
  const next = stage?.step === 'checked' ? nextStep(stage.result) : null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`import-${kind}`}>
      <Typography.Paragraph type="secondary">{t(`import.hint.${kind}`)}</Typography.Paragraph>
      <Space wrap>
        <Button onClick={template} data-testid="import-template">
          {t('import.downloadTemplate')}
        </Button>
        <Upload
          accept=".xlsx,.csv"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(f) => {
            setFile(f);
            setStage({ step: 'chosen' });
            setPartial(false);
            setProblems(null);
            return false;
          }}
        >
          <Button data-testid="import-choose">{t('import.choose')}</Button>
        </Upload>
        {file && <Typography.Text data-testid="import-file">{file.name}</Typography.Text>}
        <Button
          type="primary"
          disabled={!file}
          loading={busy && stage?.step !== 'checked'}
          onClick={() => send(true)}
          data-testid="import-check"
        >
          {t('import.check')}
        </Button>
      </Space>
      {problems && (
        <Alert
          type="error"
          showIcon
          message={t('import.fileRefused')}
          data-testid="import-file-problems"
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {problems.map((p, i) => (
                <li key={i}>
                  {p.row !== undefined ? t('import.atRow', { row: p.row }) : ''}
                  {p.column ? `${p.column}：` : ''}
                  {p.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {result && (
        <Descriptions
          size="small"
          bordered
          column={4}
          title={stage?.step === 'checked' ? t('import.checked') : t('import.imported')}
          data-testid="import-result"
        >
          <Descriptions.Item label={t('import.created')}>{result.created}</Descriptions.Item>
          <Descriptions.Item label={t('import.updated')}>{result.updated}</Descriptions.Item>
          <Descriptions.Item label={t('import.unchanged')}>{result.unchanged}</Descriptions.Item>
          <Descriptions.Item label={t('import.rejected')}>{rejectedRows(result).length}</Descriptions.Item>
        </Descriptions>
      )}
      {result && result.rejected.length > 0 && (
        <Table
          size="small"
          rowKey="row"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={rejectedRows(result)}
          data-testid="import-rejected"
          columns={[
            { title: t('import.row'), dataIndex: 'row', width: 80 },
            {
              title: t('import.problems'),
              render: (_, r) => (
                <ul style={{ margin: 0, paddingLeft: 16 }}>
                  {r.problems.map((p, i) => (
                    <li key={i}>
                      {p.column && <b>{p.column}：</b>}
                      {p.message}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
      {stage?.step === 'checked' && next === 'fix' && (
        <Alert type="warning" showIcon message={t('import.nothingGood')} />
      )}
      {stage?.step === 'checked' && next !== 'fix' && (
        <Space wrap>
          {next === 'partial' && (
            <Checkbox checked={partial} onChange={(e) => setPartial(e.target.checked)} data-testid="import-partial">
              {t('import.partial', { good: goodRows(stage.result), bad: rejectedRows(stage.result).length })}
            </Checkbox>
          )}
          <Button
            type="primary"
            disabled={next === 'partial' && !partial}
            loading={busy}
            onClick={() => send(false)}
            data-testid="import-run"
          >
            {t('import.run')}
          </Button>
        </Space>
      )}
    </Space>
  );
}
