import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Type } from '@nestjs/common';
import { createApp } from 'src/app.factory';
import { createTestDatabase, type TestDatabase } from 'test/utils/postgres';

export interface TestApp {
  app: NestFastifyApplication;
  database: TestDatabase;
  close(): Promise<void>;
}

export interface TestAppOptions {
  rootModule?: Type;
  env?: Record<string, string>;
  staticRoot?: string;
  /** Another app's database: a second process of the same deployment. Not dropped on close. */
  database?: TestDatabase;
}

// The production app (same factory as main.ts) on a fresh database, answering through
// Fastify's inject() or a real port when a test needs sockets.
export const startTestApp = async (label: string, options: TestAppOptions = {}): Promise<TestApp> => {
  const shared = options.database;
  const database = shared ?? (await createTestDatabase(label));
  const previous = { ...process.env };
  Object.assign(process.env, { DATABASE_URL: database.url, ...options.env });
  try {
    const { app } = await createApp({
      rootModule: options.rootModule,
      serveStatic: Boolean(options.staticRoot),
      staticRoot: options.staticRoot,
    });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return {
      app,
      database,
      close: async () => {
        await app.close();
        if (!shared) {
          await database.drop();
        }
      },
    };
  } finally {
    process.env = previous;
  }
};
