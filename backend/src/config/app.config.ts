import { registerAs } from '@nestjs/config';
import { NodeEnv, validateEnvironment } from 'src/config/env.validation';
import { defaultDataDir, findRepoRoot } from 'src/config/paths';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  publicUrl: string;
  corsOrigins: string[];
  logLevel: string;
  bodyLimitBytes: number;
  trustProxyHops: number;
  serveStatic: boolean;
  dataDir: string;
  repoRoot: string;
}

const splitList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export const buildAppConfig = (source: Record<string, unknown> = process.env): AppConfig => {
  const env = validateEnvironment(source);
  const nodeEnv = env.NODE_ENV ?? NodeEnv.Development;
  const port = env.PORT ?? 3000;
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  return {
    nodeEnv,
    port,
    host: env.HOST ?? '0.0.0.0',
    publicUrl,
    // The public URL is always allowed so the served web app can call its own API.
    corsOrigins: [...new Set([new URL(publicUrl).origin, ...splitList(env.CORS_ORIGINS)])],
    logLevel: env.LOG_LEVEL ?? (nodeEnv === NodeEnv.Test ? 'silent' : 'info'),
    // JSON routes need a few KB; prompt routes get more (see LARGE_BODY_ROUTES in app.factory.ts).
    bodyLimitBytes: env.BODY_LIMIT_BYTES ?? 100 * 1024,
    // 0: the socket address is the client. Behind nginx (compose) it is 1.
    trustProxyHops: env.TRUST_PROXY_HOPS ?? 0,
    serveStatic: env.SERVE_STATIC ?? true,
    dataDir: env.DATA_DIR ?? defaultDataDir(),
    repoRoot: findRepoRoot(),
  };
};

export const appConfig = registerAs('app', () => buildAppConfig());
