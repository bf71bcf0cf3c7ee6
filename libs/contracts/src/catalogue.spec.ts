import { URGENCIES, URGENCY_CODES } from './catalogue';

describe('urgency: the labels say what the codes mean (issue 17)', () => {
  it('names low/normal/high/critical 不急/一般/紧急/特急, in that order', () => {
    expect(URGENCY_CODES).toEqual(['low', 'normal', 'high', 'critical']);
    expect(URGENCIES).toEqual({ low: '不急', normal: '一般', high: '紧急', critical: '特急' });
  });
});
