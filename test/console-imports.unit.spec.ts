/**
 * The console's import and export logic (apps/console/src/pages/imports/importFlow.ts) against the
 * spreadsheet routes of the API, mocked here in the shapes the API answers (the browser test of the
 * pages against the real routes is test/console/district-setup.console.ts). What is checked: the
 * URLs and the multipart field, the bearer token, a dry run first, the rejected rows grouped beside
 * their messages by column header, what may follow a dry run, a refused file's problems with their
 * rows, in Chinese.
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

  it('groups the rejected rows by row, in order, each problem beside its column by its Chinese header', () => {
    const rows = rejectedRows(
      result({
        rejected: [
          { row: 7, field: 'phone', column: '手机号', message: '请填写 11 位手机号或带区号的固话' },
          { row: 3, field: 'joinedPartyOn', column: '入党日期', message: '日期格式无效' },
          { row: 7, field: 'branchId', column: '所在支部', message: '支部不存在' },
          { row: 9, field: 'row', message: '与第 3 行重复（同一项只能出现一次）' },
        ],
      }) as never,
    );
    expect(rows).toEqual([
      { row: 3, problems: [{ column: '入党日期', message: '日期格式无效' }] },
      {
        row: 7,
        problems: [
          { column: '手机号', message: '请填写 11 位手机号或带区号的固话' },
          { column: '所在支部', message: '支部不存在' },
        ],
      },
      { row: 9, problems: [{ message: '与第 3 行重复（同一项只能出现一次）' }] }, // the whole row: no field named
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

  it('a refused file throws with its problems in Chinese, rows where the API names them; no English reaches the page', async () => {
    answer = {
      status: 422,
      body: {
        statusCode: 422,
        error: 'missing_columns',
        message: 'missing required columns: 名称',
        details: { row: 1, missing: ['名称'], message: '缺少必填列：名称（表头应在第 1 行；请使用导入模板的表头）' },
      },
    };
    const error = await sendImport('units', new Blob(['x']), 'x.xlsx', {}).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(422);
    expect(fileProblems(error)).toEqual([
      { row: 1, column: undefined, message: '缺少必填列：名称（表头应在第 1 行；请使用导入模板的表头）' },
    ]);
    // a problem list (details.rejected) keeps each row and column
    const rows = new ApiError(422, 'rows', 'import_interrupted', {
      rejected: [{ row: 4, field: 'title', column: '标题', message: '标题不能为空' }],
    });
    expect(fileProblems(rows)).toEqual([{ row: 4, column: '标题', message: '标题不能为空' }]);
    // what has no Chinese of its own (a 400 of the upload) is described by the page: its code's words
    const validation = new ApiError(400, 'validation failed', 'validation_failed', [
      { field: 'file', messages: ['a file is uploaded as the form field "file" (multipart/form-data)'] },
    ]);
    expect(fileProblems(validation, () => '请求有误')).toEqual([{ message: '请求有误' }]);
    answer = {
      status: 413,
      body: {
        statusCode: 413,
        error: 'payload_too_large',
        message: 'the file is larger than 20 MB',
        details: { field: 'file', message: '文件超过 20 MB：请分成几个文件导入' },
      },
    };
    const large = await sendImport('units', new Blob(['x']), 'x.xlsx', {}).catch((e) => e);
    expect(fileProblems(large, () => 'English must not show')).toEqual([
      { row: undefined, column: undefined, message: '文件超过 20 MB：请分成几个文件导入' },
    ]);
  });
});
