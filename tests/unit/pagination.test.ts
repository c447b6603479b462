import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageInfo, pageWindow } from '../../src/graphql/pagination';

describe('cursor pagination', () => {
  it('round-trips cursors', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
  });

  it('starts after the given cursor', () => {
    expect(pageWindow({ first: 10, after: encodeCursor(9) })).toEqual({ offset: 10, first: 10 });
    expect(pageWindow({})).toEqual({ offset: 0, first: 20 });
  });

  it.each([['garbage'], [encodeCursor(-1)], [Buffer.from('offset:1.5').toString('base64url')]])(
    'rejects cursor %s',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(GraphQLError);
    },
  );

  it('rejects page sizes outside 1..100 with BAD_USER_INPUT', () => {
    for (const first of [0, 101, 100000]) {
      try {
        pageWindow({ first });
        throw new Error('expected a rejection');
      } catch (e) {
        expect((e as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
      }
    }
  });

  it('computes page info', () => {
    expect(pageInfo({ totalCount: 25, offset: 20, items: new Array(5).fill(null) })).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: encodeCursor(20),
      endCursor: encodeCursor(24),
    });
  });
});
