import type { Locale } from './i18n';

/**
 * The API validates in English (class-validator); the console shows its field messages in the
 * person's language. Known shapes are translated, anything else is shown as the API said it.
 */
const RULES: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/must not be before (\w+)$/, () => '结束日期不能早于开始日期'],
  [/should not be empty$/, () => '不能为空'],
  [/must be a string$/, () => '必须是文字'],
  [/must be a number|must be an integer/, () => '必须是数字'],
  [/must not be less than ([\d.]+)$/, (m) => `不能小于 ${m[1]}`],
  [/must not be greater than ([\d.]+)$/, (m) => `不能大于 ${m[1]}`],
  [/must be shorter than or equal to (\d+) characters$/, (m) => `不能超过 ${m[1]} 个字符`],
  [/must be one of the following values/, () => '取值无效'],
  [/must be a valid ISO 8601 date string$/, () => '日期格式无效'],
  [/must be an array$/, () => '必须是列表'],
  [/must contain no more than (\d+) elements$/, (m) => `最多 ${m[1]} 项`],
  [/should not exist$/, () => '不允许的字段'],
  [/unit of quantity never changes|unit of quantity/, () => '计量单位不能修改'],
  [/is not an active organisation$/, () => '不是有效的组织'],
  [/lies outside the unit's district$/, () => '超出本单位所在区县'],
  [/not found$/, () => '不存在'],
];

export function translateApiMessage(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  for (const [pattern, zh] of RULES) {
    const m = message.match(pattern);
    if (m) return zh(m);
  }
  return message;
}
