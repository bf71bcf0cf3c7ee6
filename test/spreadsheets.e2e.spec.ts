import { randomBytes } from 'node:crypto';
import type ExcelJS from 'exceljs';
import { type Client, type Region, startSeeded, TestPlatform } from './support/platform';
import { binary, readXlsx, xlsx } from './support/sheets';

/**
 * Spreadsheets in and out (issue 17) through HTTP: each import kind round-trips (export → import
 * → unchanged, nothing appended), bad files answer 400/413/422 with the row and column or are
 * read correctly, nothing is half imported, and every created item is an ordinary event with the
 * importing admin as actor and the import id as correlation id.
 */
const t = new TestPlatform();
let r: Region;
startSeeded(t, (region) => (r = region));

const NEED_HEADERS = ['编码', '社区', '标题', '类别', '数量', '计量单位', '开始日期', '结束日期', '紧急程度'];
const need = (code: string, title = `需求${code}`, community = '二社区'): ExcelJS.CellValue[] => [
  code,
  community,
  title,
  '助老',
  10,
  '人·小时',
  '2026-12-01',
  '2099-03-31',
  '紧急',
];

const upload = (client: Client, kind: string, file: Buffer, query = '', name = 'sheet.xlsx') =>
  client.post(`/imports/${kind}${query}`).attach('file', file, name);
const download = (client: Client, path: string) => client.get(path).buffer(true).parse(binary);

/** Imports `file`, exports `exportPath`, imports the export back: every row unchanged, nothing appended. */
async function roundTrip(kind: string, file: Buffer, exportPath: string, rows: number) {
  const first = await upload(r.root, kind, file).expect(200);
  expect(first.body).toMatchObject({ created: rows, updated: 0, unchanged: 0, rejected: [], applied: true });
  const again = await upload(r.root, kind, file).expect(200);
  expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: rows, rejected: [] });
  const exported = await download(r.root, exportPath).expect(200);
  expect(exported.headers['content-type']).toContain('spreadsheetml');
  const before = await t.eventCount();
  const back = await upload(r.root, kind, exported.body, '', 'export.xlsx').expect(200);
  expect(back.body.rejected).toEqual([]);
  expect(back.body.created + back.body.updated).toBe(0);
  expect(await t.eventCount()).toBe(before);
  return { first: first.body, exported: await readXlsx(exported.body), back: back.body };
}

describe('round trips: a sheet exported imports back as it is, and changes nothing', () => {
  it('organisations: a street and its communities and grids from one sheet, parents first', async () => {
    const file = await xlsx([
      ['编码', '名称', '层级', '上级组织'],
      ['XC', '西城街道', '街道', '利津县'],
      ['XC-1', '一社区', '社区', '西城街道'],
      ['XC-1-1', '一网格', '网格', 'XC-1'],
      [null, '二网格', '网格', '西城街道/一社区'],
    ]);
    const { exported } = await roundTrip('organizations', file, '/exports/organizations.xlsx', 4);
    expect(exported[0]).toEqual(['系统编号', '编码', '名称', '层级', '上级组织', '状态', '登记时间']);
    const tree = (await r.root.get('/organizations?kind=grid&limit=200').expect(200)).body.items;
    const grid = tree.find((o: { name: string }) => o.name === '一网格');
    expect(grid).toMatchObject({ code: 'XC-1-1', kind: 'grid' });
  });

  it('units', async () => {
    const file = await xlsx([
      ['编码', '名称', '单位类别', '所在社区或街道'],
      ['91370522MA3C000001', '东城供电所', '国有企业', '二社区'],
      [null, '社工服务中心', '社会组织', '东城街道'],
    ]);
    await roundTrip('units', file, '/exports/units.xlsx', 2);
  });

  it('needs, with the list filters of the export; a title repeated under its own code', async () => {
    const file = await xlsx([
      NEED_HEADERS,
      need('RT-1'),
      need('RT-2'),
      need('RT-3', '助学', '三社区'),
      need('RT-4', '需求RT-1'), // two grids' 独居老人助餐: the same title, each need its code
    ]);
    const { exported } = await roundTrip('needs', file, `/exports/needs.xlsx?orgId=${r.streetId}&q=需求RT`, 3 + 1);
    expect(exported[0].slice(0, 4)).toEqual(['系统编号', '编码', '社区', '网格']);
    const one = await download(r.root, `/exports/needs.xlsx?communityId=${r.otherCommunityId}`).expect(200);
    expect((await readXlsx(one.body)).slice(1).map((row) => row[4])).toEqual(['助学']);
  });

  it('offers', async () => {
    const file = await xlsx([
      ['编码', '提供单位', '标题', '类别', '数量', '计量单位', '开始日期', '结束日期', '服务范围'],
      ['ZY-1', '县人民医院', '义诊', '医疗健康', 8, '人·小时', '2026-12-01', '2099-06-30', '东城街道'],
      ['ZY-2', '县人民医院', '健康讲座', '医疗健康', 2, '场次', '2026-12-01', '2099-06-30', '二社区、三社区'],
    ]);
    await roundTrip('offers', file, '/exports/offers.xlsx', 2);
  });

  it('members, without personal data in the export unless asked for, and then only of those administered', async () => {
    const file = await xlsx([
      ['编码', '姓名', '所在支部', '入党日期', '手机号', '身份证号'],
      ['DY-1', '李明', '第一网格党支部', '2008年7月1日', '13800000001', '370522199001011234'],
      ['DY-2', '赵丽', '二社区/第一网格党支部', '2012/7/1', '１３８０００００００２', null],
    ]);
    const { exported } = await roundTrip('members', file, `/exports/members.xlsx?orgId=${r.communityId}`, 2);
    expect(exported.slice(1).every((row) => row[5] === null)).toBe(true);
    const clear = await readXlsx(
      (await download(r.communityAdmin, `/exports/members.xlsx?orgId=${r.communityId}&personalData=true`).expect(200))
        .body,
    );
    const li = clear.find((row) => row[2] === '李明')!;
    expect(li.slice(5, 7)).toEqual(['13800000001', '370522199001011234']);
    // the personal data re-imported as it is: unchanged
    const back = await upload(
      r.communityAdmin,
      'members',
      await xlsx(clear.map((row) => row.map((c) => c as ExcelJS.CellValue))),
    ).expect(200);
    expect(back.body).toMatchObject({ created: 0, rejected: [] });
  });

  it('a title repeated without a code or id is one row twice: the second is rejected, naming the first', async () => {
    const uncoded = need('', '需求无编码').slice(1);
    const res = await upload(
      r.root,
      'needs',
      await xlsx([NEED_HEADERS.slice(1), uncoded, uncoded]),
      '?dryRun=true',
    ).expect(200);
    expect(res.body).toMatchObject({
      created: 1,
      rejected: [{ row: 3, field: 'row', message: '与第 2 行重复（同一项只能出现一次）' }],
    });
  });

  it('updates what an edit command may change, and names what none may', async () => {
    await upload(r.root, 'needs', await xlsx([NEED_HEADERS, need('UP-1')])).expect(200);
    const changed = need('UP-1', '需求UP-1 改');
    changed[4] = 12;
    let res = await upload(r.root, 'needs', await xlsx([NEED_HEADERS, changed])).expect(200);
    expect(res.body).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const moved = need('UP-1', '需求UP-1 改', '三社区');
    res = await upload(r.root, 'needs', await xlsx([NEED_HEADERS, moved])).expect(200);
    expect(res.body.rejected).toEqual([]); // 编码 is per community: another community's UP-1 is a new need
    const units = await xlsx([
      ['名称', '单位类别', '所在社区或街道'],
      ['县人民医院', '国有企业', '二社区'],
    ]);
    res = await upload(r.root, 'units', units).expect(200);
    expect(res.body.rejected).toEqual([
      { row: 2, field: 'sector', column: '单位类别', message: '单位的类别不能通过导入修改（没有修改单位的命令）' },
    ]);
  });
});

describe('templates', () => {
  it.each([
    ['needs', '系统编号', '紧急程度'],
    ['offers', '提供单位', '服务范围'],
    ['members', '姓名', '入党日期'],
    ['organizations', '名称', '上级组织'],
    ['units', '名称', '所在社区或街道'],
  ])('%s: Chinese headers, a sample row, and the sample imports as a dry run', async (kind, a, b) => {
    const res = await download(r.communityAdmin, `/imports/${kind}/template.xlsx`).expect(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const rows = await readXlsx(res.body);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(expect.arrayContaining([a, b]));
    const dry = await upload(r.root, kind, res.body, '?dryRun=true').expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, applied: false });
  });

  it('offers drop-down lists of the code lists', async () => {
    const ExcelJSLib = (await import('exceljs')).default;
    const workbook = new ExcelJSLib.Workbook();
    await workbook.xlsx.load((await download(r.root, '/imports/needs/template.xlsx').expect(200)).body);
    const sheet = workbook.worksheets[0];
    const category = sheet.getCell('F2').dataValidation;
    expect(category).toMatchObject({ type: 'list', formulae: [expect.stringContaining('助老')] });
    expect(sheet.getCell('H2').dataValidation.formulae?.[0]).toContain('人·小时');
    expect(sheet.getCell('K2').dataValidation.formulae?.[0]).toContain('紧急');
  });
});

describe('bad files: 400/413/422 with the row and column, or read correctly; nothing half imported', () => {
  async function refused(file: Buffer, name = 'x.xlsx', query = '') {
    const before = await t.eventCount();
    const res = await upload(r.root, 'needs', file, query, name);
    expect(await t.eventCount()).toBe(before);
    return res;
  }

  it('a file that is not a spreadsheet', async () => {
    const res = await refused(Buffer.from('%PDF-1.7\n\u0000\u0001binary'), 'x.pdf');
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      error: 'not_a_spreadsheet',
      details: { message: expect.stringContaining('电子表格') },
    });
    expect((await refused(randomBytes(2000), 'x.xlsx')).status).toBe(422);
    const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), randomBytes(500)]);
    expect((await refused(xls, 'old.xls')).body.details.message).toContain('.xls');
  });

  it('no file, or an empty one', async () => {
    expect((await r.root.post('/imports/needs').send({ x: 1 })).status).toBe(400);
    expect((await r.root.post('/imports/needs').field('other', 'x')).status).toBe(400);
    expect((await refused(Buffer.alloc(0))).body).toMatchObject({ statusCode: 422, error: 'empty_file' });
  });

  it('an empty sheet, a sheet of headers only, missing required columns', async () => {
    expect((await refused(await xlsx([]))).body).toMatchObject({ error: 'empty_sheet', details: { row: 1 } });
    expect((await refused(await xlsx([NEED_HEADERS]))).body).toMatchObject({
      error: 'empty_sheet',
      details: { row: 2 },
    });
    const res = await refused(
      await xlsx([
        ['标题', '社区'],
        ['助餐', '二社区'],
      ]),
    );
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      error: 'missing_columns',
      details: { row: 1, missing: ['类别', '数量', '计量单位', '开始日期', '结束日期', '紧急程度'] },
    });
  });

  it('a file over 20 MB: 413, unread', async () => {
    const res = await refused(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(20 * 1024 * 1024 + 10)]));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({
      error: 'payload_too_large',
      details: { message: '文件超过 20 MB：请分成几个文件导入' },
    });
  });

  it('formulas: the cached value is read; one without a value rejects its row, naming the column', async () => {
    const withValue = need('F-1');
    withValue[4] = { formula: '5*2', result: 10 } as ExcelJS.CellValue;
    const without = need('F-2');
    without[4] = { formula: '5*2' } as ExcelJS.CellValue;
    const res = await refused(await xlsx([NEED_HEADERS, withValue, without]));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 0, applied: false });
    expect(res.body.rejected).toEqual([
      { row: 3, field: 'amount', column: '数量', message: expect.stringContaining('公式没有计算结果') },
    ]);
    const partial = await upload(
      r.root,
      'needs',
      await xlsx([NEED_HEADERS, withValue, without]),
      '?partial=true',
    ).expect(200);
    expect(partial.body).toMatchObject({ created: 1, applied: true });
    const got = (await r.root.get(`/needs?communityId=${r.communityId}&q=需求F-1`).expect(200)).body.items[0];
    expect(got.quantity.amount).toBe(10);
  });

  it('merged cells, dates typed as text, full-width digits, a title above the headers: read correctly', async () => {
    const rows: ExcelJS.CellValue[][] = [
      ['2027 年二社区需求清单'],
      NEED_HEADERS,
      ['M-1', '二社区', '需求M-1', '助老', '１２', '人·小时', '2026/12/1', '2099年3月31日', '特急'],
      ['M-2', null, '需求M-2', '助老', 3, '人·小时', '２０２６年１２月１日', '20990331', 'low'],
    ];
    const file = await xlsx(rows, (s) => {
      s.mergeCells('A1:I1');
      s.mergeCells('B3:B4');
    });
    const res = await upload(r.root, 'needs', file).expect(200);
    expect(res.body).toMatchObject({ created: 2, rejected: [] });
    const items = (await r.root.get(`/needs?communityId=${r.communityId}&q=需求M-`).expect(200)).body.items;
    expect(items.map((n: any) => [n.code, n.quantity.amount, n.window, n.urgency])).toEqual([
      ['M-2', 3, { from: '2026-12-01', to: '2099-03-31' }, 'low'],
      ['M-1', 12, { from: '2026-12-01', to: '2099-03-31' }, 'critical'],
    ]);
  });

  it('CSV: UTF-8 with a BOM, and GB18030 as Excel saves it on a Chinese Windows', async () => {
    const text = [NEED_HEADERS.join(','), need('CSV-1').join(',')].join('\r\n');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect((await upload(r.root, 'needs', bom, '', '需求.csv').expect(200)).body).toMatchObject({ created: 1 });
    const bad = Buffer.from([0xff, 0xfe, 0xfd, 0x2c, 0x0a]);
    expect((await refused(bad, 'x.csv')).body).toMatchObject({ error: 'unreadable_encoding' });
  });

  it('rows the API would refuse: the same rules, the same Chinese, row and column', async () => {
    const bad = [
      NEED_HEADERS,
      need('V-1', ''),
      ['V-2', '二社区', '需求V-2', '助老', -1, '人·小时', '2026-12-01', '2099-03-31', '紧急'],
      ['V-3', '二社区', '需求V-3', '吃饭', 1, '人·小时', '2026-12-01', '2099-03-31', '紧急'],
      ['V-4', '二社区', '需求V-4', '助老', 1, '人·小时', '2026-12-01', '2020-03-31', '紧急'],
      ['V-5', '四社区', '需求V-5', '助老', 1, '人·小时', '2026-12-01', '2099-03-31', '紧急'],
      need('V-1'),
      need('V-1', '需求V-1 又一次'),
    ];
    const res = await refused(await xlsx(bad));
    expect(res.body.rejected).toEqual([
      { row: 2, field: 'title', column: '标题', message: '不能为空' },
      { row: 3, field: 'quantity.amount', column: '数量', message: '不能小于 0.01' },
      { row: 4, field: 'category', column: '类别', message: expect.stringContaining('取值无效') },
      { row: 5, field: 'window.to', column: '结束日期', message: '结束日期不能早于开始日期' },
      { row: 6, field: 'communityId', column: '社区', message: '找不到社区“四社区”' },
      { row: 8, field: 'row', message: '与第 7 行重复（同一项只能出现一次）' },
    ]);
  });
});

describe('what an import appends', () => {
  it('ordinary events, the importing admin as actor and the import id as correlation id', async () => {
    const res = await upload(r.communityAdmin, 'needs', await xlsx([NEED_HEADERS, need('EV-1'), need('EV-2')])).expect(
      200,
    );
    const events = (await t.platform.inspect.store.readAll()).filter((e) => e.correlationId === res.body.importId);
    const types = events.map((e) => e.type);
    expect(types.filter((x) => x === 'matching.NeedPosted')).toHaveLength(2);
    expect(types).toEqual(expect.arrayContaining(['matching.ImportStarted', 'matching.ImportApplied']));
    expect(new Set(events.map((e) => e.actor.accountId))).toEqual(new Set(['er-shequ']));
  });

  it('a dry run appends nothing and says what would be done', async () => {
    const before = await t.eventCount();
    const res = await upload(r.root, 'needs', await xlsx([NEED_HEADERS, need('DRY-1')]), '?dryRun=true').expect(200);
    expect(res.body).toMatchObject({ created: 1, dryRun: true, applied: false });
    expect(await t.eventCount()).toBe(before);
  });
});
