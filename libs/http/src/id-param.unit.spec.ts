import { BadRequestException } from '@nestjs/common';
import { ID_MAX_LENGTH, ParseIdPipe } from './rules';

describe('ParseIdPipe (@IdParam): a path id as IsId holds a DTO id', () => {
  const pipe = new ParseIdPipe();
  const refusal = (value: unknown, data = 'memberId') => {
    try {
      pipe.transform(value, { type: 'param', data });
    } catch (e) {
      expect(e).toBeInstanceOf(BadRequestException);
      return (e as BadRequestException).getResponse();
    }
    throw new Error('accepted');
  };

  it('passes an id of up to ID_MAX_LENGTH characters through', () => {
    expect(pipe.transform('n-1', { type: 'param', data: 'id' })).toBe('n-1');
    expect(pipe.transform('x'.repeat(ID_MAX_LENGTH), { type: 'param', data: 'id' })).toHaveLength(ID_MAX_LENGTH);
  });

  it('refuses an empty or over-long id with 400 bad_request naming the parameter', () => {
    expect(refusal('')).toEqual({
      statusCode: 400,
      error: 'bad_request',
      message: 'validation failed: memberId',
      details: [{ field: 'memberId', messages: ['memberId should not be empty'] }],
    });
    expect(refusal('x'.repeat(ID_MAX_LENGTH + 1), 'id')).toMatchObject({
      error: 'bad_request',
      details: [{ field: 'id', messages: [`id must be shorter than or equal to ${ID_MAX_LENGTH} characters`] }],
    });
  });
});
