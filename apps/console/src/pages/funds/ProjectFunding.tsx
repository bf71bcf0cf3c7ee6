import { App, Button, Descriptions, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { type Allocation, api, type Project, type ProjectFunding as Funding } from '../../api';
import { useI18n } from '../../i18n';
import { TargetAllocations, targetMoneyItems } from './Allocations';
import { useAdminOver } from './money';
import { RequestAllocationForm, useFundsFor } from './RequestAllocationForm';
import { SpendingForm } from './SpendingForm';

/**
 * A co-build project's money (共建项目, issue 19): 预算 from its approved allocations, 认捐 into
 * them, 已支出 and 结余, and every allocation asked for it — to those who read the funds of its
 * community (its admins, those above, the auditor; anyone else is refused and sees nothing here).
 * The admins of its community (or above) ask a fund of the community, street or district for a
 * budget, and record its spending once approved.
 */
export function ProjectFunding({ project }: { project: Pick<Project, 'id' | 'title' | 'communityId'> }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [funding, setFunding] = useState<Funding | null>(null);
  const [tick, setTick] = useState(0);
  const changed = useCallback(() => setTick((n) => n + 1), []);
  const runs = useAdminOver(project.communityId);
  const { funds } = useFundsFor(funding ? project.communityId : undefined, project.id, tick);
  const [requesting, setRequesting] = useState(false);
  const [spending, setSpending] = useState<Allocation | null>(null);
  useEffect(() => {
    let live = true;
    api
      .get('/project-funding/{projectId}', { path: { projectId: project.id } })
      .then((f) => live && setFunding(f))
      // not a reader of its community's funds (403), or not known to the funds service yet: nothing to show
      .catch(() => live && setFunding(null));
    return () => {
      live = false;
    };
  }, [project.id, tick]);

  if (!funding) return null;
  const acts = runs && !funding.completed;
  return (
    <div data-testid="project-funding" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text strong>{t('pf.title')}</Typography.Text>
        {acts && (
          <Button size="small" type="primary" onClick={() => setRequesting(true)} data-testid="pf-request">
            {t('pf.request')}
          </Button>
        )}
      </Space>
      <Descriptions size="small" column={4} style={{ marginTop: 8 }} data-testid="pf-figures">
        {targetMoneyItems(t, funding, 'pf')}
      </Descriptions>
      <TargetAllocations
        allocations={funding.allocations}
        funds={funds}
        size="small"
        testId="pf-allocations"
        emptyText={acts ? t('pf.noAllocationsAdmin') : t('pf.noAllocations')}
        onSpend={setSpending}
      />
      <RequestAllocationForm
        open={requesting}
        target="project"
        targetId={project.id}
        name={project.title}
        funds={funds}
        testId="pf-request-submit"
        onClose={() => setRequesting(false)}
        onDone={() => {
          setRequesting(false);
          message.success(t('mp.requested'));
          changed();
        }}
      />
      <SpendingForm
        fundId={spending?.fundId ?? ''}
        allocation={spending}
        onClose={() => setSpending(null)}
        onRecorded={() => {
          setSpending(null);
          changed();
        }}
      />
    </div>
  );
}
