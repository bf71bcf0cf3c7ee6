/**
 * The console's integrity page in words (apps/console/src/pages/audit/breaks.ts): each break of
 * `GET /audit/integrity` as the auditor reads it, in Chinese, a record gongjian did not write named
 * with what the event store holds there; and the event store's refusals (issue 25) as a person reads
 * them (apps/console/src/apiMessages.ts).
 */
import { describeApiError } from '../apps/console/src/apiMessages';
import { en, type MessageKey, zhCN } from '../apps/console/src/messages';
import { breakText } from '../apps/console/src/pages/audit/breaks';

function inWords(catalogue: Record<MessageKey, string>) {
  const t = (key: MessageKey, vars: Record<string, string | number> = {}) =>
    catalogue[key].replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m));
  const label = (prefix: string, code: string) => catalogue[`${prefix}.${code}` as MessageKey] ?? code;
  return (b: Parameters<typeof breakText>[0]) => breakText(b, t, label);
}

const foreign = {
  streamId: 'matching.need-n-1',
  streamRevision: 2,
  eventId: '3f1c9a52-7a0e-4c59-9d1c-0a6f4f0e2b11',
  reason: 'foreign_event' as const,
  type: 'ManualCorrection',
  globalPosition: 18_446,
};

describe("the console's integrity page", () => {
  it('names a foreign record in Chinese, with its type, position and id', () => {
    expect(inWords(zhCN)(foreign)).toBe(
      '外来记录：非本系统写入（如在事件库管理界面直接追加），该对象已无法载入（类型 ManualCorrection，日志位置 18446，记录编号 3f1c9a52-7a0e-4c59-9d1c-0a6f4f0e2b11）',
    );
    expect(inWords(en)(foreign)).toMatch(
      /^a foreign record: not written by gongjian .* \(type ManualCorrection, log position 18446, record 3f1c9a52/,
    );
  });

  it('says every reason of the API in words, none as its raw code', () => {
    for (const reason of ['hash_mismatch', 'prev_hash_mismatch', 'revision_gap', 'foreign_event'] as const)
      for (const catalogue of [zhCN, en]) expect(inWords(catalogue)({ ...foreign, reason })).not.toContain(reason);
    expect(inWords(zhCN)({ ...foreign, reason: 'hash_mismatch' })).toBe('事件内容与其哈希不符（被改动过）');
  });
});

describe("the console's words for the event store's refusals", () => {
  it.each([
    [
      'append_too_large',
      '1200000 bytes of events for stream s exceed the event store’s limit of 1048576 bytes per append',
      /分批提交/,
    ],
    ['stream_deleted', 'stream matching.need-n-1 was tombstoned in the event store', /已在事件库中被删除/],
    ['event_store_unavailable', 'the event store cannot be reached; try again shortly', /事件库暂不可用/],
    [
      'run_start_incomplete',
      'run r-1 cannot be recorded: its start was cut short (1 of 2 input parts)',
      /重新发起匹配/,
    ],
  ])('says %s in Chinese, never the English message', (code, message, chinese) => {
    expect(describeApiError({ code, message }, 'zh-CN', '操作失败')).toMatch(chinese);
  });
});
