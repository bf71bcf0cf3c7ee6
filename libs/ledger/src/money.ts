import { DomainRuleViolation } from '@gongjian/eventing';

/**
 * Money is kept in 分 (fen), integers, everywhere below the API; the API speaks 元 with two
 * decimals as a string ("300000.00"), so no amount ever passes through a binary fraction.
 */
export const YUAN_PATTERN = '^(0|[1-9][0-9]{0,10})(\\.[0-9]{1,2})?$';
const YUAN = new RegExp(YUAN_PATTERN);
/** The largest amount one posting may move: 100 亿元, far above any fund, far below 2^53 fen. */
export const MAX_FEN = 1_000_000_000_000;

/** "1234.5" → 123450. Refuses anything but a plain non-negative decimal with at most two places. */
export function yuanToFen(yuan: string, field = 'amount'): number {
  if (typeof yuan !== 'string' || !YUAN.test(yuan))
    throw new DomainRuleViolation(`${field} must be yuan with at most two decimals`, 'invalid_amount', { field });
  const [whole, fraction = ''] = yuan.split('.');
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (fen > MAX_FEN) throw new DomainRuleViolation(`${field} is too large`, 'invalid_amount', { field });
  return fen;
}

/** 123450 → "1234.50" (libs/contracts: the console formats with it too). */
export { fenToYuan } from '@gongjian/contracts';
