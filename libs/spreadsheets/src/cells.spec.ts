import { halfWidth, toChoice, toCode, toDate, toList, toNumber, toText } from './cells';

describe('cells: what an office types, read as the API takes it', () => {
  it.each([
    ['2026/3/1', '2026-03-01'],
    ['2026-03-01', '2026-03-01'],
    ['2026.3.1', '2026-03-01'],
    ['2026年3月1日', '2026-03-01'],
    ['2026年3月1号', '2026-03-01'],
    ['２０２６年３月１日', '2026-03-01'],
    ['20260301', '2026-03-01'],
    [' 2026/12/31 ', '2026-12-31'],
  ])('reads the date typed as %p', (typed, day) => {
    expect(toDate(typed)).toEqual({ value: day });
  });

  it('reads a date cell, and the serial day number of a cell formatted as a number', () => {
    expect(toDate(new Date(Date.UTC(2026, 2, 1)))).toEqual({ value: '2026-03-01' });
    expect(toDate(46082)).toEqual({ value: '2026-03-01' });
  });

  it('refuses what is no day, in Chinese', () => {
    expect(toDate('2026/2/30')).toEqual({ problem: '不是有效的日期' });
    expect(toDate('明天')).toEqual({ problem: '请填写日期（年-月-日）' });
    expect(toDate(1.5)).toEqual({ problem: '请填写日期（年-月-日）' });
  });

  it('reads numbers typed with full-width digits, separators and spaces', () => {
    expect(toNumber('４０')).toEqual({ value: 40 });
    expect(toNumber('1,200.5')).toEqual({ value: 1200.5 });
    expect(toNumber('１ ２００')).toEqual({ value: 1200 });
    expect(toNumber(12)).toEqual({ value: 12 });
    expect(toNumber('四十')).toEqual({ problem: '必须是数字' });
    expect(toNumber('')).toEqual({ value: null });
  });

  it('takes a formula by its cached result, and refuses one without', () => {
    expect(toNumber({ formula: 'A1*2', result: 80 })).toEqual({ value: 80 });
    expect(toText({ formula: 'A1&"x"', result: '助餐' })).toEqual({ value: '助餐' });
    expect(toNumber({ formula: 'A1*2' })).toEqual({ problem: expect.stringContaining('公式没有计算结果') });
    expect(toText({ error: '#N/A' })).toEqual({ problem: '单元格是错误值 #N/A' });
  });

  it('keeps free text as typed, trims the ideographic space; codes in half-width', () => {
    expect(toText('\u3000独居老人（助餐） ')).toEqual({ value: '独居老人（助餐）' });
    expect(toCode('ＸＱ－００１')).toEqual({ value: 'XQ-001' });
    expect(toCode(13900000000)).toEqual({ value: '13900000000' });
    expect(toCode(Number('370522199001011234'))).toEqual({ problem: expect.stringContaining('超过 15 位') });
    expect(halfWidth('１３９ ０００ ０００００')).toBe('13900000000');
  });

  it('reads a code list by its Chinese label or its code', () => {
    const labels = { low: '一般', high: '紧急' };
    expect(toChoice('紧急', labels)).toEqual({ value: 'high' });
    expect(toChoice('HIGH', labels)).toEqual({ value: 'high' });
    expect(toChoice('很急', labels)).toEqual({ problem: expect.stringContaining('取值无效') });
    expect(toChoice(null, labels)).toEqual({ value: null });
  });

  it('splits a list on 、 , ， ; and line breaks', () => {
    expect(toList('助餐、送餐，陪护;理发\n')).toEqual({ value: ['助餐', '送餐', '陪护', '理发'] });
  });
});
