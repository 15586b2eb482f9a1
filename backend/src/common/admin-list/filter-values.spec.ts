import { HttpStatus } from '@nestjs/common';
import fc from 'fast-check';
import {
  filterBoolean,
  filterDate,
  filterEnumList,
  filterString,
  filterUuidList,
} from 'src/common/admin-list/filter-values';
import { AppException } from 'src/common/errors/app.exception';

describe('filter values', () => {
  it('should read well-typed values and treat empty ones as unset', () => {
    const filter = {
      q: 'ann',
      role: ['staff'],
      verified: 'true',
      id: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13',
      empty: '',
    };
    expect(filterString(filter, 'q')).toBe('ann');
    expect(filterString(filter, 'empty')).toBeUndefined();
    expect(filterEnumList(filter, 'role', ['user', 'staff'] as const)).toEqual(['staff']);
    expect(filterBoolean(filter, 'verified')).toBe(true);
    expect(filterUuidList(filter, 'id')).toEqual(['3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13']);
    expect(filterDate({ since: '2026-11-25' }, 'since')?.toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  it('should only ever fail with a 400 naming the filter key when given any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const filter = { key: value };
        for (const read of [
          () => filterString(filter, 'key'),
          () => filterEnumList(filter, 'key', ['a', 'b'] as const),
          () => filterBoolean(filter, 'key'),
          () => filterUuidList(filter, 'key'),
          () => filterDate(filter, 'key'),
        ]) {
          try {
            read();
          } catch (error) {
            if (
              !(error instanceof AppException) ||
              error.status !== HttpStatus.BAD_REQUEST ||
              error.details?.[0]?.field !== 'filter.key'
            ) {
              return false;
            }
          }
        }
        return true;
      }),
    );
  });
});
