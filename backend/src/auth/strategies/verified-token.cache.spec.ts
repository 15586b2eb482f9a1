import { VerifiedTokenCache } from 'src/auth/strategies/verified-token.cache';

describe('VerifiedTokenCache', () => {
  let now = 1_000;
  const cache = (max = 3) => new VerifiedTokenCache<{ sub: string }>(max, () => now);

  beforeEach(() => {
    now = 1_000;
  });

  it('should serve a stored token until the second before its exp', () => {
    const tokens = cache();
    tokens.store('a', { sub: 'u1' }, 1_010);
    now = 1_009;
    expect(tokens.get('a')).toEqual({ sub: 'u1' });
    now = 1_010;
    expect(tokens.get('a')).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('should not store a token that is already expired', () => {
    const tokens = cache();
    tokens.store('a', { sub: 'u1' }, 1_000);
    tokens.store('b', { sub: 'u1' }, Number.NaN);
    expect(tokens.size).toBe(0);
  });

  it('should drop the least recently used token when full', () => {
    const tokens = cache(2);
    tokens.store('a', { sub: 'a' }, 2_000);
    tokens.store('b', { sub: 'b' }, 2_000);
    expect(tokens.get('a')).toEqual({ sub: 'a' });
    tokens.store('c', { sub: 'c' }, 2_000);
    expect(tokens.get('b')).toBeUndefined();
    expect(tokens.get('a')).toEqual({ sub: 'a' });
    expect(tokens.get('c')).toEqual({ sub: 'c' });
    expect(tokens.size).toBe(2);
  });

  it('should answer only for the exact token', () => {
    const tokens = cache();
    tokens.store('header.payload.signature', { sub: 'u1' }, 2_000);
    expect(tokens.get('header.payload.signaturf')).toBeUndefined();
  });
});
