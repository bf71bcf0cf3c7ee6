/**
 * The console's import and export logic (apps/console/src/pages/imports/importFlow.ts) against the
 * spreadsheet routes of the API, mocked here: the routes are served by the imports service, and the
 * browser test of the pages runs end to end once they are merged. What is checked: the URLs and the
 * multipart field, the bearer token, a dry run first, the rejected rows grouped beside their
 * messages, what may follow a dry run, a refused file's problems with their rows.
 */
import { ApiError } from '../apps/console/src/api';
import {
  exportUrl,
  fileProblems,
  importUrl,
  nextStep,
  rejectedRows,
  sendImport,
  templateUrl,
} from '../apps/console/src/pages/imports/importFlow';

const result = (over: Partial<{ created: number; updated: number; unchanged: number; rejected: unknown[] }> = {}) => ({
  importId: 'imp-1',
  created: 0,
  updated: 0,
  unchanged: 0,
  rejected: [],
  ...over,
});

describe('console import and export (the spreadsheet routes mocked)', () => {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  let answer: { status: number; body: unknown } = { status: 200, body: result() };

  beforeAll(() => {
    const store = new Map<string, string>([['gongjian.token', 'token-1']]);
    (globalThis as any).sessionStorage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
      removeItem: (k: string) => store.delete(k),
    };
    (globalThis as any).fetch = async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      });
    };
  });
  beforeEach(() => {
    calls.length = 0;
  });

  it('names the routes of each kind: a dry run, a partial import, the template, an export with its filters', () => {
    expect(importUrl('members', { dryRun: true })).toBe('/api/v1/imports/members?dryRun=true');
    expect(importUrl('needs', { partial: true })).toBe('/api/v1/imports/needs?partial=true');
    expect(importUrl('units')).toBe('/api/v1/imports/units');
    expect(templateUrl('organizations')).toBe('/api/v1/imports/organizations/template.xlsx');
    expect(exportUrl('needs', { orgId: 'd1', status: undefined, q: '' })).toBe('/api/v1/exports/needs.xlsx?orgId=d1');
    expect(exportUrl('sites')).toBe('/api/v1/exports/sites.xlsx');
  });

  it('sends the sheet as the multipart field `file` with the bearer token, and returns the counts', async () => {
    answer = { status: 200, body: result({ created: 3, rejected: [] }) };
    const sheet = new Blob(['名称,层级\n东城街道,街道\n'], { type: 'text/csv' });
    const res = await sendImport('organizations', sheet, '利津县.csv', { dryRun: true });
    expect(res).toMatchObject({ importId: 'imp-1', created: 3, rejected: [] });
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('/api/v1/imports/organizations?dryRun=true');
    expect(calls[0].init.method).toBe('POST');
    expect((calls[0].init.headers as Record<string, string>).authorization).toBe('Bearer token-1');
    const form = calls[0].init.body as FormData;
    const file = form.get('file') as File;
    expect(file.name).toBe('利津县.csv');
    expect(await file.text()).toContain('东城街道');
  });

  it('groups the rejected rows by row, in order, each problem beside its column', () => {
    const rows = rejectedRows(
      result({
        rejected: [
          { row: 7, field: '手机号', message: '请填写 11 位手机号或带区号的固话' },
          { row: 3, field: '入党日期', message: '日期格式无效' },
          { row: 7, field: '所在支部', message: '支部不存在' },
        ],
      }) as never,
    );
    expect(rows).toEqual([
      { row: 3, problems: [{ field: '入党日期', message: '日期格式无效' }] },
      {
        row: 7,
        problems: [
          { field: '手机号', message: '请填写 11 位手机号或带区号的固话' },
          { field: '所在支部', message: '支部不存在' },
        ],
      },
    ]);
    expect(rejectedRows(null)).toEqual([]);
  });

  it('after a dry run: import when nothing was rejected, the valid rows only by choice, else fix the sheet', () => {
    expect(nextStep(result({ created: 2 }) as never)).toBe('import');
    expect(nextStep(result({ unchanged: 5 }) as never)).toBe('import');
    const bad = { row: 2, field: '名称', message: '不能为空' };
    expect(nextStep(result({ created: 4, rejected: [bad] }) as never)).toBe('partial');
    expect(nextStep(result({ rejected: [bad] }) as never)).toBe('fix');
  });

  it('a refused file throws with its problems, rows where the API names them', async () => {
    answer = {
      status: 422,
      body: {
        statusCode: 422,
        error: 'missing_columns',
        message: 'missing required columns',
        details: [{ row: 1, field: '名称', message: '缺少必填列' }],
      },
    };
    const error = await sendImport('units', new Blob(['x']), 'x.xlsx', {}).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(422);
    expect(fileProblems(error)).toEqual([{ row: 1, field: '名称', message: '缺少必填列' }]);
    answer = { status: 400, body: { statusCode: 400, error: 'bad_request', message: '不是电子表格' } };
    const notSheet = await sendImport('units', new Blob(['x']), 'x.txt', {}).catch((e) => e);
    expect(fileProblems(notSheet)).toEqual([{ message: '不是电子表格' }]);
    const validation = new ApiError(400, 'validation failed', 'validation_failed', [
      { field: 'file', messages: ['file must be a spreadsheet'] },
    ]);
    expect(fileProblems(validation)).toEqual([
      { row: undefined, field: 'file', message: 'file must be a spreadsheet' },
    ]);
  });
});
