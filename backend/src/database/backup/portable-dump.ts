import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildTypeOrmOptions } from 'src/database/typeorm-options';

/**
 * The backup format used when no pg_dump matches the server (the embedded one): gzipped JSON
 * lines, a header naming the migrations the schema was at, then per table a `{table, rows}`
 * line followed by one `row_to_json` line per row. The schema is not in the file: restore
 * rebuilds it by running the same migrations, which is why both ends must be one version.
 */
export const PORTABLE_FORMAT = 'devcoach-backup';
const FORMAT_VERSION = 1;
const BATCH = 500;

interface Header {
  format: typeof PORTABLE_FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
}

interface Section {
  table: string;
  rows: number;
}

const withClient = async <T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

export const publicTables = async (client: Client): Promise<string[]> =>
  (
    await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    )
  ).rows.map((row) => row.name);

const appliedMigrations = async (client: Client): Promise<string[]> =>
  (await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id')).rows.map(
    (row) => row.name,
  );

async function* dumpLines(client: Client): AsyncGenerator<string> {
  // One snapshot for every table, so rows that reference each other stay consistent.
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  const header: Header = {
    format: PORTABLE_FORMAT,
    version: FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    migrations: await appliedMigrations(client),
  };
  yield `${JSON.stringify(header)}\n`;
  for (const table of await publicTables(client)) {
    const id = client.escapeIdentifier(table);
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${id}`);
    const section: Section = { table, rows: Number(rows[0]?.count) };
    yield `${JSON.stringify(section)}\n`;
    // A cursor keeps memory flat on large tables (messages).
    await client.query(
      `DECLARE dump_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS line FROM ${id} t`,
    );
    for (;;) {
      const batch = await client.query<{ line: string }>(`FETCH ${BATCH} FROM dump_rows`);
      if (batch.rows.length === 0) {
        break;
      }
      yield batch.rows.map((row) => `${row.line}\n`).join('');
    }
    await client.query('CLOSE dump_rows');
  }
  await client.query('COMMIT');
}

export const writePortableBackup = (url: string, file: string): Promise<void> =>
  withClient(url, (client) =>
    pipeline(Readable.from(dumpLines(client)), createGzip(), createWriteStream(file)),
  );

const runMigrations = async (url: string): Promise<string[]> => {
  const dataSource = new DataSource({ ...buildTypeOrmOptions(url, 1), migrationsRun: true });
  await dataSource.initialize();
  await dataSource.destroy();
  return withClient(url, appliedMigrations);
};

const insertBatch = async (client: Client, table: string, rows: string[]): Promise<void> => {
  const id = client.escapeIdentifier(table);
  await client.query(`INSERT INTO ${id} SELECT * FROM json_populate_recordset(NULL::${id}, $1::json)`, [
    `[${rows.join(',')}]`,
  ]);
};

// Serial columns (the migrations table) continue after the highest restored value.
const resetSequences = async (client: Client): Promise<void> => {
  const { rows } = await client.query<{ table_name: string; column_name: string; sequence: string }>(
    `SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) AS sequence
       FROM information_schema.columns
      WHERE table_schema = 'public' AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL`,
  );
  for (const row of rows) {
    const column = client.escapeIdentifier(row.column_name);
    await client.query(
      `SELECT setval($1, COALESCE((SELECT max(${column}) FROM ${client.escapeIdentifier(row.table_name)}), 0) + 1, false)`,
      [row.sequence],
    );
  }
};

/**
 * Replaces everything in the database at `url` with the backup: schema from the migrations,
 * then every row in one transaction. Foreign keys are checked by the schema at the source,
 * so triggers are off while loading (session_replication_role needs a superuser, which the
 * embedded server's user is).
 */
export const restorePortableBackup = async (url: string, file: string): Promise<void> => {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = (first.done ? undefined : JSON.parse(first.value)) as Header | undefined;
  if (header?.format !== PORTABLE_FORMAT || header.version !== FORMAT_VERSION) {
    throw new Error(`${file} is not a Dev Coach backup`);
  }
  await withClient(url, (client) => client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public'));
  const migrations = await runMigrations(url);
  if (migrations.join() !== header.migrations.join()) {
    throw new Error(
      `The backup was made at migration ${header.migrations.at(-1)} and this version is at ${migrations.at(-1)}; restore it with the same version of Dev Coach`,
    );
  }
  await withClient(url, async (client) => {
    await client.query('BEGIN');
    await client.query(`SET LOCAL session_replication_role = replica`);
    const tables = await publicTables(client);
    await client.query(`TRUNCATE ${tables.map((table) => client.escapeIdentifier(table)).join(', ')}`);
    // Each table section says how many row lines follow, so no row is mistaken for a header.
    let table = '';
    let remaining = 0;
    let pending: string[] = [];
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (remaining === 0) {
        ({ table, rows: remaining } = JSON.parse(next.value) as Section);
        continue;
      }
      pending.push(next.value);
      remaining -= 1;
      if (pending.length >= BATCH || remaining === 0) {
        await insertBatch(client, table, pending);
        pending = [];
      }
    }
    await resetSequences(client);
    await client.query('COMMIT');
  });
};
