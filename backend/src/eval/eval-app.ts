import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { createApp } from 'src/app.factory';
import { buildAppConfig } from 'src/config/app.config';
import { startEmbeddedDatabase } from 'src/database/embedded-database';
import { QueueName } from 'src/queue/queue.constants';
import { QueueService } from 'src/queue/queue.service';

export type EvalProvider = 'demo' | 'openai';

export interface EvalAppOptions {
  provider: EvalProvider;
  /** The coach model (COACH_MODEL); the provider's default when absent. */
  model?: string;
  /** A PostgreSQL server URL to create the run's database on; else embedded PostgreSQL. */
  serverUrl?: string;
  label: string;
  /** Keep the run's database afterwards (to look at it); dropped by default. */
  keepDatabase?: boolean;
}

export interface EvalApp {
  app: NestFastifyApplication;
  databaseName: string;
  /** Waits until no sentinel job is waiting, delayed or running (the notes are final then). */
  drainBackgroundWork(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const withDatabase = (url: string, name: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

const onServer = async (url: string, sql: string): Promise<void> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

// The settings a run needs whatever the developer's .env says: no quotas (a persona types fast),
// the in-process queue (a shared Redis would mix runs), a short sentinel debounce so memory is
// written during the run, and no chunk delay in the demo coach.
const runEnv = (options: EvalAppOptions): Record<string, string> => ({
  AI_PROVIDER: options.provider,
  ...(options.model ? { COACH_MODEL: options.model } : {}),
  AI_DEMO_CHUNK_DELAY_MS: '0',
  USER_TURNS_PER_MINUTE: '0',
  USER_BUTTON_PRESSES_PER_MINUTE: '0',
  USER_DAILY_TOKEN_BUDGET: '0',
  SENTINEL_DEBOUNCE_MS: '200',
  SERVE_STATIC: 'false',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
});

const SENTINEL_POLL_MS = 100;

/**
 * The production app (same factory as main.ts) on a database of its own, created for this run
 * and dropped afterwards: on the server of `serverUrl`, or in embedded PostgreSQL.
 */
export const startEvalApp = async (options: EvalAppOptions): Promise<EvalApp> => {
  const embedded = options.serverUrl
    ? null
    : await startEmbeddedDatabase({ dataDir: buildAppConfig().dataDir });
  const serverUrl = options.serverUrl ?? embedded?.url ?? '';
  const databaseName = `devcoach_eval_${options.label.replace(/\W/g, '_').toLowerCase()}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const adminUrl = withDatabase(serverUrl, 'postgres');
  await onServer(adminUrl, `CREATE DATABASE "${databaseName}"`);

  const previous = { ...process.env };
  delete process.env.REDIS_URL;
  Object.assign(process.env, { ...runEnv(options), DATABASE_URL: withDatabase(serverUrl, databaseName) });
  let app: NestFastifyApplication;
  try {
    ({ app } = await createApp({ serveStatic: false }));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  } catch (error) {
    process.env = previous;
    await onServer(adminUrl, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await embedded?.stop();
    throw error;
  }

  return {
    app,
    databaseName,
    drainBackgroundWork: async (timeoutMs = 30_000) => {
      const queue = app.get(QueueService);
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const counts = await queue.counts(QueueName.Sentinel);
        if (counts.waiting + counts.active + counts.delayed === 0) {
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, SENTINEL_POLL_MS));
      }
    },
    close: async () => {
      try {
        await app.close();
      } finally {
        process.env = previous;
        if (!options.keepDatabase) {
          await onServer(adminUrl, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
        }
        await embedded?.stop();
      }
    },
  };
};
