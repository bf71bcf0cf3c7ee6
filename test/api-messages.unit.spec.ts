import { API_MESSAGE_RULES, apiMessageInChinese } from '../libs/contracts/src/api-messages';

/** One table from the API's English to Chinese (libs/contracts): the console's and the imports'. */
describe('the API messages in Chinese', () => {
  it.each([
    ['the check-in code has expired', /[\u4e00-\u9fff]/],
    ['a resident account acts only for itself', /只能为自己办理/],
    ['required columns are missing: 标题, 社区', /缺少必填列：标题、社区/],
    ['window.to must not be before from', /结束日期不能早于开始日期/],
    ['offer is withdrawn', /^该资源已撤回，不能再办理$/],
    ['the need is expired', /^该需求已过期，不能再办理$/],
    ['this activity is not open to residents', /[\u4e00-\u9fff]/],
    ['check-in opens 30 minutes before the activity starts', /[\u4e00-\u9fff]/],
    ['a report to c-1 waits for its confirmation; it must be confirmed, declined or cancelled first', /等社区确认/],
    ['only the community a report is addressed to may confirm or decline it', /接收报到的社区/],
    ['the member has already reported to c-1; withdraw first', /请先撤销/],
    ['a member account acts only for its own member record', /只能为自己办理/],
    ['the wish is already claimed by m-1', /已被认领/],
    ['the wish is done', /已完成/],
    [
      '40 of 50 points a month already redeemed at 东城爱心超市 in 2026-12',
      /^本月（2026-12）已在东城爱心超市兑换 40 积分/,
    ],
    [
      'new terms start on or after today (2026-12-07) and after the last terms (2026-12-07)',
      /^新规则的生效日期须不早于今天（2026-12-07）/,
    ],
    ['the statement of 2026-12 nets 50 points, 500 fen: not what was agreed', /净额为 50 积分、5\.00 元/],
    ['the statement of 2026-12 is already confirmed with these totals', /已按当前金额核对/],
    ['the unit accepts in the meeting: it must be present', /须出席本次会议/],
    ['the item accepting a proposal is owned by its unit', /须由该成员单位负责/],
  ])('%s', (message, chinese) => {
    expect(apiMessageInChinese(message)).toMatch(chinese);
  });

  it('leaves a message no rule knows as the API said it', () => {
    expect(apiMessageInChinese('something new happened')).toBe('something new happened');
  });

  it('has each pattern once (a second copy would never be reached)', () => {
    const sources = API_MESSAGE_RULES.map(([pattern]) => pattern.source);
    expect(sources.filter((s, i) => sources.indexOf(s) !== i)).toEqual([]);
  });
});
