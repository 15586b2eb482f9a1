import { AuthException } from 'src/auth/auth.exception';
import { PasswordService, passwordWeakness } from 'src/auth/services/password.service';

describe('passwordWeakness', () => {
  it.each([
    ['short', 'at least 10'],
    ['password123', 'most common'],
    ['qwertyuiop', 'most common'],
    ['1234567890', 'most common'],
    ['Password123!', 'too easy'],
    ['iloveyou2024', 'too easy'],
    ['ann.lee@example.com-2024', 'email'],
    ['ann.lee-rocks-99', 'email'],
    ['x'.repeat(257), 'at most'],
  ])('should reject %j when it is weak (%s)', (password, reason) => {
    expect(passwordWeakness(password, { email: 'ann.lee@example.com' })).toContain(reason);
  });

  it.each(['Blue-Kettle-Moon-7', 'correct horse battery staple', 'Tr0ub4dor&3-extra'])(
    'should accept %j when it is long and unusual',
    (password) => {
      expect(passwordWeakness(password, { email: 'ann.lee@example.com' })).toBeUndefined();
    },
  );
});

describe('PasswordService', () => {
  const service = new PasswordService();

  it('should hash with argon2id and verify only the right password when checking', async () => {
    const hash = await service.hash('Blue-Kettle-Moon-7');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await service.verify(hash, 'Blue-Kettle-Moon-7')).toBe(true);
    expect(await service.verify(hash, 'blue-kettle-moon-7')).toBe(false);
    expect(await service.verify(null, 'anything')).toBe(false);
    expect(await service.verify('not-a-hash', 'anything')).toBe(false);
  });

  it('should throw password_too_weak naming the field when the policy fails', () => {
    let caught: unknown;
    try {
      service.assertStrong('short', {}, 'newPassword');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AuthException);
    expect(caught).toMatchObject({
      code: 'password_too_weak',
      status: 400,
      details: [{ field: 'newPassword' }],
    });
  });
});
