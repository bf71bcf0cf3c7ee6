import { givenByDistrict, siteStarRange } from './site-standards';

describe('the star rule of service sites (DECISIONS 83)', () => {
  it.each([
    [7, 7, { least: 3, most: 5 }],
    [5, 5, { least: 3, most: 5 }],
    [6, 7, { least: 1, most: 2 }],
    [5, 7, { least: 1, most: 1 }],
    [0, 5, { least: 1, most: 1 }],
  ])('%i of %i items met allow %j', (met, total, range) => expect(siteStarRange(met, total)).toEqual(range));

  it('keeps the stars from the rule up for the district: four and five by default', () => {
    expect([1, 2, 3, 4, 5].map((stars) => givenByDistrict(stars, 4))).toEqual([false, false, false, true, true]);
    expect(givenByDistrict(5, 6)).toBe(false);
  });
});
