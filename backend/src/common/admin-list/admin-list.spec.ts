import { AppException } from 'src/common/errors/app.exception';
import { MAX_ADMIN_PAGE_SIZE, parseAdminListQuery } from 'src/common/admin-list/admin-list';

const options = {
  sortable: ['email', 'createdAt'] as const,
  defaultSort: ['createdAt', 'DESC'] as ['createdAt', 'DESC'],
};

describe('parseAdminListQuery', () => {
  it('should use defaults when no parameter is given', () => {
    expect(parseAdminListQuery({}, options)).toEqual({
      sortField: 'createdAt',
      sortOrder: 'DESC',
      offset: 0,
      limit: 25,
      filter: {},
    });
  });

  it('should parse sort, range and filter when all are valid', () => {
    const params = parseAdminListQuery(
      { sort: '["email","asc"]', range: '[10,19]', filter: '{"q":"ann","role":"staff"}' },
      options,
    );
    expect(params).toEqual({
      sortField: 'email',
      sortOrder: 'ASC',
      offset: 10,
      limit: 10,
      filter: { q: 'ann', role: 'staff' },
    });
  });

  it('should cap the page size when the range is huge', () => {
    expect(parseAdminListQuery({ range: '[0,100000]' }, options).limit).toBe(MAX_ADMIN_PAGE_SIZE);
  });

  it.each([
    [{ sort: '["password_hash","ASC"]' }, 'sort'],
    [{ sort: '["email","SIDEWAYS"]' }, 'sort'],
    [{ sort: 'email' }, 'sort'],
    [{ range: '[5,1]' }, 'range'],
    [{ range: '[-1,4]' }, 'range'],
    [{ range: '[0.5,4]' }, 'range'],
    [{ filter: '[1,2]' }, 'filter'],
    [{ filter: '{bad' }, 'filter'],
  ])('should reject %j with a 400 naming %s when it is malformed', (query, field) => {
    let caught: unknown;
    try {
      parseAdminListQuery(query, options);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppException);
    expect((caught as AppException).status).toBe(400);
    expect((caught as AppException).details?.[0]?.field).toBe(field);
  });
});
