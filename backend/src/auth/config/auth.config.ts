import { registerAs } from '@nestjs/config';
import { resolveJwtSecret } from 'src/auth/config/jwt-secret';
import { buildAppConfig } from 'src/config/app.config';
import { parseDurationSeconds, validateEnvironment } from 'src/config/env.validation';

export type SignupMode = 'invite' | 'open';

export interface AuthRateLimits {
  /** Failed logins per account from one client IP within `loginWindowSeconds` before 429. */
  loginPerAccount: number;
  /** Failed logins per account from all IPs together (slows guessing spread over many IPs). */
  loginPerAccountAllIps: number;
  /** Failed logins per client IP within `loginWindowSeconds` before 429. */
  loginPerIp: number;
  /** Addresses (IPs or CIDR ranges, e.g. the office) that the per-IP limit never locks. */
  ipAllowlist: string[];
  loginWindowSeconds: number;
  /** Emails (verify, reset, signup) per address per hour. */
  emailPerAddress: number;
  emailWindowSeconds: number;
  /** Requests per IP per minute to any /auth route: a flood guard, not a password guard. */
  authPerIpPerMinute: number;
}

export interface AuthConfig {
  jwtSecret: string;
  jwtIssuer: string;
  jwtAudience: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  inviteTtlSeconds: number;
  verifyEmailTtlSeconds: number;
  resetPasswordTtlSeconds: number;
  signupMode: SignupMode;
  staffRequire2fa: boolean;
  seedAdminEmail: string;
  /** Unset: a password is generated on first start and printed once. */
  seedAdminPassword?: string;
  /** `Secure` cookies everywhere except plain-HTTP localhost, where browsers would drop them. */
  cookieSecure: boolean;
  rateLimits: AuthRateLimits;
}

export const DEFAULT_SEED_ADMIN_EMAIL = 'admin@devcoach.local';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export const isPlainHttpLocalhost = (publicUrl: string): boolean => {
  const url = new URL(publicUrl);
  return url.protocol === 'http:' && (LOCAL_HOSTS.has(url.hostname) || url.hostname.endsWith('.localhost'));
};

export const buildAuthConfig = (source: Record<string, unknown> = process.env): AuthConfig => {
  const env = validateEnvironment(source);
  const app = buildAppConfig(source);
  return {
    jwtSecret: resolveJwtSecret({ configured: env.JWT_SECRET, nodeEnv: app.nodeEnv, dataDir: app.dataDir }),
    jwtIssuer: 'devcoach',
    jwtAudience: 'devcoach-api',
    accessTokenTtlSeconds: parseDurationSeconds(env.ACCESS_TOKEN_TTL ?? '15m'),
    refreshTokenTtlSeconds: parseDurationSeconds(env.REFRESH_TOKEN_TTL ?? '30d'),
    inviteTtlSeconds: 7 * 86_400,
    verifyEmailTtlSeconds: 86_400,
    resetPasswordTtlSeconds: 30 * 60,
    signupMode: env.SIGNUP_MODE ?? 'invite',
    staffRequire2fa: env.STAFF_REQUIRE_2FA ?? false,
    seedAdminEmail: (env.SEED_ADMIN_EMAIL ?? DEFAULT_SEED_ADMIN_EMAIL).trim().toLowerCase(),
    seedAdminPassword: env.SEED_ADMIN_PASSWORD,
    cookieSecure: !isPlainHttpLocalhost(app.publicUrl),
    rateLimits: {
      loginPerAccount: env.LOGIN_RATE_LIMIT_ACCOUNT ?? 5,
      loginPerAccountAllIps: env.LOGIN_RATE_LIMIT_ACCOUNT_ALL_IPS ?? 50,
      loginPerIp: env.LOGIN_RATE_LIMIT_IP ?? 30,
      ipAllowlist: (env.AUTH_IP_ALLOWLIST ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
      loginWindowSeconds: parseDurationSeconds(env.LOGIN_RATE_LIMIT_WINDOW ?? '15m'),
      emailPerAddress: env.EMAIL_RATE_LIMIT_ADDRESS ?? 3,
      emailWindowSeconds: 3600,
      authPerIpPerMinute: env.AUTH_RATE_LIMIT_IP ?? 300,
    },
  };
};

export const authConfig = registerAs('auth', () => buildAuthConfig());
