import { validateVariables } from '@gongjian/runtime';
import { MatchingEnvironment } from './matching.config';

describe('MATCHING_RUN_PART_BYTES', () => {
  it('takes up to 512 KiB, so that a part and its envelope stay well under the event store’s 1 MiB per append', () => {
    expect(validateVariables(MatchingEnvironment, { MATCHING_RUN_PART_BYTES: '524288' }).MATCHING_RUN_PART_BYTES).toBe(
      524_288,
    );
    expect(() => validateVariables(MatchingEnvironment, { MATCHING_RUN_PART_BYTES: '1048576' })).toThrow(
      /MATCHING_RUN_PART_BYTES/,
    );
  });
});
