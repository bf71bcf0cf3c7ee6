import { ACCOUNT_EVENTS } from '@gongjian/contracts';
import { envelopes, projectionSpecification } from '@gongjian/read-models/testing/projection-specification';
import { accountsProjection } from './accounts.projection';

const created = (accountId: string, role: string, orgId: string | null, displayName = '李明') => ({
  type: ACCOUNT_EVENTS.created,
  streamId: `organizations.account-${accountId}`,
  data: { accountId, displayName, role, orgId },
});
const spec = projectionSpecification(accountsProjection);

describe('members accounts projection (the accounts a member record may be linked to)', () => {
  it('knows each created account: its name, role, organisation and creation time', async () => {
    const events = envelopes([
      created('li-ming', 'member', 'grid-1'),
      created('wang-shequ', 'community_admin', 'c1', '王芳'),
      created('admin', 'district_admin', null, '系统管理员'),
    ]);
    await spec.given(events).then([
      { _id: 'admin', version: 0, role: 'district_admin', orgId: null, displayName: '系统管理员' },
      {
        _id: 'li-ming',
        version: 0,
        role: 'member',
        orgId: 'grid-1',
        displayName: '李明',
        createdAt: events[0].occurredAt,
      },
      { _id: 'wang-shequ', version: 0, role: 'community_admin', orgId: 'c1', displayName: '王芳' },
    ]);
  });

  it('is keyed by the username after the stream prefix, dashes and all', async () => {
    const [doc] = await spec.given([created('zhang-san-2', 'member', 'grid-1')]).documents();
    expect(doc._id).toBe('zhang-san-2');
  });

  it('folds nothing else of the account (disabling, passwords): they do not change whether it exists', async () => {
    await spec
      .given([
        created('li-ming', 'member', 'grid-1'),
        {
          type: ACCOUNT_EVENTS.disabled,
          streamId: 'organizations.account-li-ming',
          data: { accountId: 'li-ming', reason: 'by_admin', at: '2026-12-01T09:00:00.000Z' },
        },
      ])
      .then([{ _id: 'li-ming', version: 0, role: 'member' }]);
    expect(accountsProjection.handles).toEqual([ACCOUNT_EVENTS.created]);
  });

  it('ignores a redelivered creation', async () => {
    const [first] = envelopes([created('li-ming', 'member', 'grid-1')]);
    const [doc] = await spec.given([first, { ...first, occurredAt: '2027-01-01T00:00:00.000Z' }]).documents();
    expect(doc).toMatchObject({ version: 0, createdAt: first.occurredAt });
  });
});
