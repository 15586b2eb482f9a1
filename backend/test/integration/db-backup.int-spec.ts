import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { backupDatabase, restoreDatabase } from 'src/database/backup/database-backup';
import { serverMajorVersion, usableTool } from 'src/database/backup/pg-tools';
import { bearerHeaders, createUser } from 'test/factories/user.factory';
import { api } from 'test/utils/coach-turns';
import { createTestDatabase, type TestDatabase } from 'test/utils/postgres';
import { BACKEND_DIR, FROM_SOURCE } from 'test/utils/process';
import { startTestApp, type TestApp } from 'test/utils/test-app';

/** The backup command (backup.cli.ts, which scripts/db.mjs runs from the build), from source. */
const runCli = (args: string[], databaseUrl: string): Promise<{ code: number | null; output: string }> =>
  new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [...FROM_SOURCE, join(BACKEND_DIR, 'src/database/backup/backup.cli.ts'), ...args],
      {
        cwd: BACKEND_DIR,
        env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });

/** Per table: row count and a digest of its rows in a stable order. */
const snapshot = async (url: string): Promise<Record<string, { rows: number; digest: string }>> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const result: Record<string, { rows: number; digest: string }> = {};
    for (const { name } of tables.rows) {
      const id = client.escapeIdentifier(name);
      const { rows } = await client.query<{ rows: string; digest: string | null }>(
        `SELECT count(*) AS rows, md5(string_agg(row_to_json(t)::text, '|' ORDER BY row_to_json(t)::text)) AS digest FROM ${id} t`,
      );
      result[name] = { rows: Number(rows[0]?.rows), digest: rows[0]?.digest ?? '' };
    }
    return result;
  } finally {
    await client.end();
  }
};

describe('npm run db:backup / db:restore', () => {
  let source: TestApp;
  let target: TestDatabase;
  let before: Awaited<ReturnType<typeof snapshot>>;
  const folder = mkdtempSync(join(tmpdir(), 'devcoach-ops-backup-'));

  beforeAll(async () => {
    source = await startTestApp('ops_backup_src', {
      env: { AI_PROVIDER: 'demo', AI_DEMO_CHUNK_DELAY_MS: '0', USER_TURNS_PER_MINUTE: '0' },
    });
    // Rows in users, sessions, coaching state, messages, turns and usage, not only the seeds.
    for (const firstName of ['Ada', 'Grace']) {
      const headers = await bearerHeaders(source.app, await createUser(source.app, { firstName }));
      const res = await api(source.app, 'POST', '/coach/turns?wait=true', headers, {
        message: 'I grew up by the sea with two sisters.',
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    // Stopped before the snapshot: background jobs (the sentinel) would keep writing rows.
    await source.app.close();
    before = await snapshot(source.database.url);
    target = await createTestDatabase('ops_backup_dst');
  });

  afterAll(async () => {
    await source?.database.drop();
    await target?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('should hold rows in most tables before the round trip when the source is in use', () => {
    const filled = Object.entries(before).filter(([, table]) => table.rows > 0);
    expect(filled.length).toBeGreaterThanOrEqual(8);
    expect(before.chat_messages?.rows).toBeGreaterThanOrEqual(4);
  });

  it('should restore every row of every table when the portable format makes the round trip', async () => {
    const file = join(folder, 'portable.backup');
    expect(await backupDatabase({ url: source.database.url, file, format: 'portable' })).toBe('portable');
    expect(await restoreDatabase({ url: target.url, file })).toBe('portable');
    expect(await snapshot(target.url)).toEqual(before);
  });

  it('should restore every row of every table when pg_dump makes the round trip', async (context) => {
    if (!(await usableTool('pg_dump', await serverMajorVersion(source.database.url)))) {
      // The embedded fallback server (PostgreSQL 18) is newer than most machines' pg_dump.
      context.skip();
    }
    const file = join(folder, 'pg.backup');
    expect(await backupDatabase({ url: source.database.url, file })).toBe('pg_dump');
    // Over the database the previous test filled: restore replaces, it never merges.
    expect(await restoreDatabase({ url: target.url, file })).toBe('pg_dump');
    expect(await snapshot(target.url)).toEqual(before);
  });

  it('should keep serial columns counting on after the restored rows when restored', async () => {
    const client = new Client({ connectionString: target.url });
    await client.connect();
    try {
      const next = await client.query<{ id: number }>(
        `INSERT INTO migrations (timestamp, name) VALUES (1, 'Probe1') RETURNING id`,
      );
      expect(next.rows[0]?.id).toBe((before.migrations?.rows ?? 0) + 1);
    } finally {
      await client.end();
    }
  });

  it('should make the round trip through the command npm run db:backup / db:restore runs', async () => {
    const file = join(folder, 'cli.backup');
    const replica = await createTestDatabase('ops_backup_cli');
    try {
      const backup = await runCli(['backup', file, '--format=portable'], source.database.url);
      expect(backup.code, backup.output).toBe(0);
      expect(backup.output).toContain(`Backup written to ${file} (portable`);
      const refused = await runCli(['restore', file], replica.url);
      expect(refused.code).toBe(1);
      expect(refused.output.trim().split('\n')).toEqual([expect.stringContaining('run again with --yes')]);
      const restore = await runCli(['restore', file, '--yes'], replica.url);
      expect(restore.code, restore.output).toBe(0);
      expect(await snapshot(replica.url)).toEqual(before);
    } finally {
      await replica.drop();
    }
    // Three processes started from source: slow on a busy machine.
  }, 120_000);

  it('should refuse a file that is not a backup when restoring', async () => {
    const file = join(folder, 'not-a-backup');
    writeFileSync(file, 'hello');
    await expect(restoreDatabase({ url: target.url, file })).rejects.toThrow(
      /not a Dev Coach backup|incorrect header/,
    );
  });
});
