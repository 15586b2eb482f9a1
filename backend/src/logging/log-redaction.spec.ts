import { redactForLog, REDACTED, scrubUrls } from 'src/logging/log-redaction';

describe('redactForLog', () => {
  const info = { keepContent: false };
  const debug = { keepContent: true };

  it('should hide secrets at any depth and keep ids, counts and codes when logged', () => {
    expect(
      redactForLog(
        {
          userId: 'u1',
          code: 'worker_lost',
          usage: { inputTokens: 120, refreshToken: 'r-secret' },
          headers: { authorization: 'Bearer abc', cookie: 'a=b', 'x-api-key': 'k' },
          body: { password: 'pw', newPassword: 'pw2', otp: '123456' },
          jwtSecret: 's',
        },
        debug,
      ),
    ).toEqual({
      userId: 'u1',
      code: 'worker_lost',
      usage: { inputTokens: 120, refreshToken: REDACTED },
      headers: { authorization: REDACTED, cookie: REDACTED, 'x-api-key': REDACTED },
      body: { password: REDACTED, newPassword: REDACTED, otp: REDACTED },
      jwtSecret: REDACTED,
    });
  });

  it('should hide conversation text at info level and keep it at debug level', () => {
    const line = { turnId: 't1', input: { message: 'I feel lost' }, messages: [{ content: 'hello' }] };
    expect(redactForLog(line, info)).toEqual({ turnId: 't1', input: REDACTED, messages: REDACTED });
    expect(redactForLog(line, debug)).toEqual(line);
  });

  it('should drop the bound parameters of a failed query when an error is logged', () => {
    const error = Object.assign(new Error('insert or update violates a constraint'), {
      query: 'INSERT INTO chat_messages (content) VALUES ($1)',
      parameters: ['my private words'],
    });
    const logged = redactForLog({ err: error }, info) as { err: Record<string, unknown> };
    expect(logged.err).toMatchObject({ type: 'Error', parameters: REDACTED, query: error.query });
    expect(JSON.stringify(logged)).not.toContain('my private words');
  });
});

describe('scrubUrls', () => {
  it.each([
    ['/api/v1/coach/state?access_token=abc&page=2', '/api/v1/coach/state?access_token=[redacted]&page=2'],
    ['/verify?token=abc#x', '/verify?token=[redacted]#x'],
    [
      'Email kept in the outbox; link: https://c.example/reset-password#token=3q2-7Yx_abc',
      'Email kept in the outbox; link: https://c.example/reset-password#token=[redacted]',
    ],
    [`/api/v1/auth/invites/${'A1b2_'.repeat(9)}`, '/api/v1/auth/invites/[redacted]'],
    [
      '/files/x?X-Amz-Signature=deadbeef&X-Amz-Credential=id',
      '/files/x?X-Amz-Signature=[redacted]&X-Amz-Credential=[redacted]',
    ],
  ])('should hide the secret in %s', (input, expected) => {
    expect(scrubUrls(input)).toBe(expected);
  });

  it('should keep ids and ordinary paths when scrubbed', () => {
    const path = '/api/v1/admin/users/6f1c2b7e-3a4d-4c5e-9f00-1234567890ab/notes?page=2&sort=createdAt';
    expect(scrubUrls(path)).toBe(path);
  });
});
