import { safeRedirectPath } from '@/modules/auth/lib/redirectTarget';
import { validateLoginSearch } from '@/modules/auth/lib/loginNotice';

describe('safeRedirectPath', () => {
  it.each([
    ['/app/memory', '/app/memory'],
    ['/app/identities?view=state#top', '/app/identities?view=state#top'],
    ['/app/../app/account', '/app/account'],
  ])('should keep the same-origin path %s', (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });

  it.each([
    'https://evil.example/app',
    '//evil.example/app',
    '/\\evil.example',
    'javascript:alert(1)',
    'app/memory',
    '',
    '/login?redirect=/app',
    42,
    undefined,
  ])('should refuse %s', (input) => {
    expect(safeRedirectPath(input)).toBeUndefined();
  });

  it('should drop an unsafe redirect from the sign-in page search but keep the notice', () => {
    expect(validateLoginSearch({ redirect: '//evil.example', notice: 'signed-out' })).toEqual({
      notice: 'signed-out',
      redirect: undefined,
    });
  });
});
