import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildAppConfig } from 'src/config/app.config';
import { ConfigValidationError } from 'src/config/env.validation';
import { findRepoRoot } from 'src/config/paths';
import { type EmbeddedDatabase, startEmbeddedDatabase } from 'src/database/embedded-database';

export interface Runtime {
  embeddedDatabase?: EmbeddedDatabase;
}

// stderr directly: the structured logger does not exist yet when these run.
const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

export const loadDotEnv = (): void => {
  const file = join(findRepoRoot(), '.env');
  if (existsSync(file)) {
    // Real environment variables win over the file, as with every dotenv loader.
    process.loadEnvFile(file);
  }
};

// A bad variable stops the process with one line naming it, before anything starts.
export const validateConfigOrExit = (): void => {
  try {
    buildAppConfig();
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      say(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
};

export const prepareRuntime = async (): Promise<Runtime> => {
  loadDotEnv();
  validateConfigOrExit();
  if (process.env.DATABASE_URL) {
    return {};
  }
  const { dataDir } = buildAppConfig();
  const started = performance.now();
  const embeddedDatabase = await startEmbeddedDatabase({
    dataDir,
    log: process.env.LOG_LEVEL === 'debug' ? (line) => say(`[postgres] ${line}`) : undefined,
  });
  process.env.DATABASE_URL = embeddedDatabase.url;
  say(
    `Embedded PostgreSQL ${embeddedDatabase.initialisedNow ? 'initialised and ' : ''}started on 127.0.0.1:${embeddedDatabase.port} ` +
      `(${Math.round(performance.now() - started)} ms, data in ${embeddedDatabase.clusterDir})`,
  );
  return { embeddedDatabase };
};

// SIGTERM/SIGINT: stop taking requests, let jobs and requests finish, close the pool,
// and only then stop an embedded database. Ctrl+C under npm delivers SIGINT twice (from
// the terminal and forwarded by npm), so a repeat within a second is the same request;
// a later one, or 30 s, forces the exit.
export const installShutdown = (runtime: Runtime, closeApp: () => Promise<void>): void => {
  let firstSignalAt: number | undefined;
  const shutdown = (signal: NodeJS.Signals) => {
    if (firstSignalAt !== undefined) {
      if (Date.now() - firstSignalAt > 1000) {
        say(`Received ${signal} again; exiting now.`);
        process.exit(1);
      }
      return;
    }
    firstSignalAt = Date.now();
    say(`Received ${signal}; shutting down gracefully…`);
    const force = setTimeout(() => {
      say('Graceful shutdown took too long; exiting.');
      process.exit(1);
    }, 30_000);
    force.unref();
    closeApp()
      .catch((error: unknown) =>
        say(`Error while closing: ${error instanceof Error ? error.message : String(error)}`),
      )
      .then(() => runtime.embeddedDatabase?.stop())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
};
