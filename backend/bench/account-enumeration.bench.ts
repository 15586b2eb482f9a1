import { AfterResponse } from 'src/common/background/after-response';
import { createUser } from 'test/factories/user.factory';
import { distribution, round, writeBenchResult } from 'test/utils/bench';
import { startTestApp } from 'test/utils/test-app';

// Account enumeration by timing: the routes that must not tell whether an address has an
// account, timed for a known and an unknown address, interleaved so machine noise hits both
// alike. Reported as ratios (known / unknown p50); 1.0 is the goal. In-process (app.inject), so
// the figure is the server's own work without network noise.

const ROUNDS = Number(process.env.BENCH_ENUMERATION_ROUNDS ?? 40);

describe('account enumeration bench', () => {
  it('should time known and unknown addresses on login, forgot-password, resend and register', async () => {
    const t = await startTestApp('bench_enumeration', {
      env: { SIGNUP_MODE: 'open', EMAIL_RATE_LIMIT_ADDRESS: '100000', AUTH_RATE_LIMIT_IP: '100000' },
    });
    try {
      const users = await Promise.all(
        Array.from({ length: ROUNDS }, () => createUser(t.app, { verified: false })),
      );
      const post = async (url: string, payload: object, ip: string): Promise<number> => {
        const started = performance.now();
        await t.app.inject({ method: 'POST', url: `/api/v1/auth/${url}`, payload, remoteAddress: ip });
        const ms = performance.now() - started;
        // Work done after the answer must not pile up into the next sample.
        await t.app.get(AfterResponse).settled();
        return ms;
      };
      const routes: Record<string, (email: string, round: number) => [string, object]> = {
        login: (email, n) => ['login', { email, password: `Wrong-Password-${n}` }],
        'forgot-password': (email) => ['forgot-password', { email }],
        'resend-verification': (email) => ['resend-verification', { email }],
        register: (email) => [
          'register',
          { email, password: 'Quiet-Harbour-Lamp-42', firstName: 'A', lastName: 'B' },
        ],
      };
      const result: Record<string, unknown> = {};
      for (const [name, body] of Object.entries(routes)) {
        const known: number[] = [];
        const unknown: number[] = [];
        for (const [n, user] of users.entries()) {
          const ip = `100.64.${n}.${Object.keys(result).length + 1}`;
          known.push(await post(...body(user.email, n), ip));
          unknown.push(await post(...body(`nobody-${name}-${n}@example.com`, n), ip));
        }
        const k = distribution(known.slice(2));
        const u = distribution(unknown.slice(2));
        result[name] = { known: k, unknown: u, ratioP50: round(k.p50 / u.p50, 2) };
      }
      writeBenchResult('account-enumeration', { rounds: ROUNDS, routes: result });
    } finally {
      await t.close();
    }
  });
});
